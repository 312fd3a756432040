/** {@code /v1/breaches/assessments}: the stateless breach assessment over HTTP. */
package org.igkit.rest.breach;
