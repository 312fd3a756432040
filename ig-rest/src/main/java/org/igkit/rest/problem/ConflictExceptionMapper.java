package org.igkit.rest.problem;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import org.igkit.core.error.ConflictException;

/** 409 from ig-core's {@link ConflictException}, with its reason. */
@Provider
public final class ConflictExceptionMapper implements ExceptionMapper<ConflictException> {
    @Context
    private UriInfo uri;

    @Override
    public Response toResponse(ConflictException exception) {
        return ProblemResponses.of(Problem.of(ProblemType.CONFLICT, exception.getMessage(), Requests.pathOf(uri))
                .withReason(exception.reason().name()));
    }
}
