/**
 * {@code /openapi.json} and {@code /openapi.yaml}: the authored OpenAPI 3.1 document
 * ({@code src/main/resources/openapi/igkit.yaml}), the contract the tests hold the server to.
 */
package org.igkit.rest.openapi;
