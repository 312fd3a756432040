/**
 * The server's edge: what happens to a connection and a request before Jersey sees it. Read timeouts and a cap on
 * connections per client address ({@link org.igkit.rest.edge.ClientConnections}), request bodies read without
 * holding a thread ({@link org.igkit.rest.edge.EdgeHandler}), per-client token buckets for unauthenticated calls
 * and failed authentications ({@link org.igkit.rest.edge.RateLimiter}), and the HTTP server's own errors written as
 * problem+json ({@link org.igkit.rest.edge.ProblemErrorHandler}). docs/security.md lists the limits and settings.
 */
package org.igkit.rest.edge;
