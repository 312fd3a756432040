package org.igkit.rest.problem;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * Jersey's own errors (no such path 404, 405, 406, 415) as problem+json with type {@code about:blank}; a response
 * that already carries a problem (auth, preconditions, body size) passes through unchanged.
 */
@Provider
public final class WebApplicationExceptionMapper implements ExceptionMapper<WebApplicationException> {
    @Context
    private UriInfo uri;

    @Override
    public Response toResponse(WebApplicationException exception) {
        Response original = exception.getResponse();
        if (original.hasEntity()) {
            return original;
        }
        Response.StatusType status = original.getStatusInfo();
        Problem problem = new Problem("about:blank", status.getReasonPhrase(), status.getStatusCode(),
                detailOf(status.getStatusCode()), Requests.pathOf(uri), null, null, null);
        return Response.fromResponse(original).type(Problem.MEDIA_TYPE).entity(problem).build();
    }

    private static String detailOf(int status) {
        switch (status) {
            case 404: return "there is no resource at this path; GET /openapi.json lists every path";
            case 405: return "this path does not accept this method; the Allow header lists those it does";
            case 406: return "this resource answers only in the media types listed in /openapi.json";
            case 415: return "send the body as application/json";
            default: return null;
        }
    }
}
