package org.igkit.rest.http;

import java.util.Locale;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.HttpHeaders;

/**
 * A client that says {@code Accept: application/problem+json} (as RFC 9457 suggests) is ready for JSON: every
 * answer is JSON, errors as problem+json. Jersey matched the header literally against the resources'
 * {@code application/json} and answered {@code 406}; this adds {@code application/json} to what it accepts.
 */
@PreMatching
@Priority(Priorities.HEADER_DECORATOR)
public final class ProblemJsonAccept implements ContainerRequestFilter {
    private static final String PROBLEM_JSON = "application/problem+json";

    @Override
    public void filter(ContainerRequestContext request) {
        String accept = request.getHeaderString(HttpHeaders.ACCEPT);
        if (accept != null && accept.toLowerCase(Locale.ROOT).contains(PROBLEM_JSON)) {
            request.getHeaders().putSingle(HttpHeaders.ACCEPT, accept + ", application/json;q=0.9");
        }
    }
}
