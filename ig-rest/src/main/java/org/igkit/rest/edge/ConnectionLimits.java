package org.igkit.rest.edge;

import java.time.Duration;
import java.util.Objects;

/**
 * How long a client may take and how many connections it may hold.
 *
 * @param headerTimeout        {@code ig.http.header-timeout}: a new connection must deliver a complete request line
 *                             and headers within this, however slowly it drips them
 * @param readTimeout          {@code ig.http.read-timeout}: a connection that sends nothing for this long while a
 *                             request head or body is due, or idles between requests, is closed
 * @param connectionsPerClient {@code ig.http.connections-per-client}: open connections allowed from one client
 *                             address; more are closed as soon as they are accepted
 */
public record ConnectionLimits(Duration headerTimeout, Duration readTimeout, int connectionsPerClient) {
    public ConnectionLimits {
        Objects.requireNonNull(headerTimeout, "headerTimeout");
        Objects.requireNonNull(readTimeout, "readTimeout");
        if (headerTimeout.isNegative() || headerTimeout.isZero() || readTimeout.isNegative() || readTimeout.isZero()) {
            throw new IllegalArgumentException("timeouts must be positive");
        }
        if (connectionsPerClient < 1) {
            throw new IllegalArgumentException("connectionsPerClient must be at least 1");
        }
    }
}
