package org.igkit.rest.problem;

import jakarta.ws.rs.core.UriInfo;

/** What a problem says about the request it answers. */
final class Requests {
    /** Rejected values are echoed at most this long, so a hostile megabyte is not sent back. */
    static final int MAX_ECHO = 200;

    private Requests() {
    }

    /** The request's path, e.g. {@code /v1/deadlines}, or {@code null} outside a request. */
    static String pathOf(UriInfo uri) {
        try {
            return "/" + uri.getPath();
        } catch (IllegalStateException e) {
            return null;
        }
    }

    /** {@code value}, cut to {@value #MAX_ECHO} characters. */
    static String shorten(String value) {
        if (value == null || value.length() <= MAX_ECHO) {
            return value;
        }
        return value.substring(0, MAX_ECHO) + "...";
    }
}
