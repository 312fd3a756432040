package org.igkit.rest.problem;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import org.igkit.core.error.NotFoundException;

/** 404 from ig-core's {@link NotFoundException}: the path was right, the thing it names does not exist. */
@Provider
public final class NotFoundExceptionMapper implements ExceptionMapper<NotFoundException> {
    @Context
    private UriInfo uri;

    @Override
    public Response toResponse(NotFoundException exception) {
        return ProblemResponses.of(Problem.of(ProblemType.NOT_FOUND, exception.getMessage(), Requests.pathOf(uri)));
    }
}
