/**
 * HTTP conventions shared by the resources: request body limit (413), ETag / If-Match optimistic locking
 * (412, 428), If-None-Match on reads (304), CORS for the configured origins, {@code Accept: application/problem+json},
 * and keyset paging with {@code Link: rel="next"}.
 */
package org.igkit.rest.http;
