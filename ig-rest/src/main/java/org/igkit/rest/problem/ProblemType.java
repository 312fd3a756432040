package org.igkit.rest.problem;

/**
 * The kinds of problem the server answers with, each with its RFC 9457 {@code type} URI, title and status.
 * docs/http.md describes each.
 */
public enum ProblemType {
    /** The body is not JSON, or not the JSON this endpoint reads (unknown field, wrong type). */
    MALFORMED_REQUEST("malformed-request", "Malformed request", 400),
    /** No or an unknown API key. */
    UNAUTHENTICATED("unauthenticated", "Authentication required", 401),
    /** The key is known but its roles do not allow this. */
    FORBIDDEN("forbidden", "Forbidden", 403),
    /** The thing named in the path does not exist. */
    NOT_FOUND("not-found", "Not found", 404),
    /** The request clashes with the current state (stale version, legal hold, duplicate). */
    CONFLICT("conflict", "Conflict", 409),
    /** {@code If-Match} does not name the current version. */
    PRECONDITION_FAILED("precondition-failed", "Precondition failed", 412),
    /** The body is larger than {@code ig.http.max-body-bytes}. */
    BODY_TOO_LARGE("body-too-large", "Request body too large", 413),
    /** The body is well-formed but some values are refused; {@code errors} lists them. */
    VALIDATION("validation", "Invalid input", 422),
    /** An update came without {@code If-Match}. */
    PRECONDITION_REQUIRED("precondition-required", "Precondition required", 428),
    /** The client spent its token bucket (unauthenticated calls, or failed authentications); see Retry-After. */
    TOO_MANY_REQUESTS("too-many-requests", "Too many requests", 429),
    /** The server is shutting down and takes no new requests. */
    UNAVAILABLE("unavailable", "Service unavailable", 503),
    /** A bug: the server logged it under the problem's {@code correlationId}. */
    INTERNAL("internal", "Internal server error", 500);

    private static final String PREFIX = "urn:igkit:problem:";

    private final String slug;
    private final String title;
    private final int status;

    ProblemType(String slug, String title, int status) {
        this.slug = slug;
        this.title = title;
        this.status = status;
    }

    /** The {@code type} member: {@code urn:igkit:problem:<slug>}. */
    public String uri() {
        return PREFIX + slug;
    }

    /** The {@code title} member. */
    public String title() {
        return title;
    }

    /** The HTTP status code. */
    public int status() {
        return status;
    }
}
