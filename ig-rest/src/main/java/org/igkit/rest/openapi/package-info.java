/** {@code /openapi.json}: the OpenAPI 3.1 document generated from the resources, without a servlet. */
package org.igkit.rest.openapi;
