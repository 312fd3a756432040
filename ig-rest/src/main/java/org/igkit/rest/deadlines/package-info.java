/** {@code /v1/deadlines}: the stateless statutory-deadline calculator over HTTP. */
package org.igkit.rest.deadlines;
