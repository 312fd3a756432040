package org.igkit.rest.problem;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;

/** Builds responses that carry a {@link Problem}. */
public final class ProblemResponses {
    private ProblemResponses() {
    }

    /** A response with {@code problem} as its body and status. */
    public static Response of(Problem problem) {
        return Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(problem).build();
    }

    /** An exception that, thrown from a filter or resource, answers with {@code kind} and {@code detail}. */
    public static WebApplicationException raise(ProblemType kind, String detail, String instance) {
        return new WebApplicationException(detail, of(Problem.of(kind, detail, instance)));
    }
}
