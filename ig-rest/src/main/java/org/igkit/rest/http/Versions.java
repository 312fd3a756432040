package org.igkit.rest.http;

import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;

import org.igkit.rest.problem.ProblemResponses;
import org.igkit.rest.problem.ProblemType;

/**
 * Optimistic locking over HTTP: a stored entity's {@code version} is its strong {@code ETag}; an update must send
 * {@code If-Match} with it (RFC 9110 §13.1.1). Missing is 428 (RFC 6585), stale is 412.
 */
public final class Versions {
    private Versions() {
    }

    /** The entity tag of version {@code version}: {@code "3"}. */
    public static EntityTag tagOf(long version) {
        return new EntityTag(Long.toString(version));
    }

    /**
     * The version the caller holds, from {@code If-Match}, checked against the stored {@code currentVersion}.
     *
     * @throws jakarta.ws.rs.WebApplicationException 428 when If-Match is missing, 412 when it is not the current tag
     */
    public static long requireMatch(Request request, HttpHeaders headers, long currentVersion, String path) {
        if (headers.getHeaderString(HttpHeaders.IF_MATCH) == null) {
            throw ProblemResponses.raise(ProblemType.PRECONDITION_REQUIRED,
                    "send If-Match with the ETag of the copy you are changing (GET it first)", path);
        }
        Response.ResponseBuilder failed = request.evaluatePreconditions(tagOf(currentVersion));
        if (failed != null) {
            throw ProblemResponses.raise(ProblemType.PRECONDITION_FAILED,
                    "If-Match does not name the current version (" + tagOf(currentVersion)
                            + "); someone changed it since you read it: GET it again and retry", path);
        }
        return currentVersion;
    }
}
