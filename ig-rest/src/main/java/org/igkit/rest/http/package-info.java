/**
 * HTTP conventions shared by the resources: request body limit (413), ETag / If-Match optimistic locking
 * (412, 428), and keyset paging with {@code Link: rel="next"}.
 */
package org.igkit.rest.http;
