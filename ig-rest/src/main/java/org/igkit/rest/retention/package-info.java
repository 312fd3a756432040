/** {@code /v1/retention/calculations}: the stateless retention calculator over HTTP, and retention rules as JSON. */
package org.igkit.rest.retention;
