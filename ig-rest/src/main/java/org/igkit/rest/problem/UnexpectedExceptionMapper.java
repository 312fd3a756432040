package org.igkit.rest.problem;

import java.util.UUID;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Anything else is a bug: 500 without the stack trace, logged in full under a fresh correlation id that the
 * response carries (in the body and the {@code X-Correlation-Id} header), so a user's report leads to the log line.
 */
@Provider
public final class UnexpectedExceptionMapper implements ExceptionMapper<Throwable> {
    /** The header carrying the id a failure was logged under. */
    public static final String CORRELATION_HEADER = "X-Correlation-Id";

    private static final Logger LOG = LoggerFactory.getLogger(UnexpectedExceptionMapper.class);

    @Context
    private UriInfo uri;

    @Override
    public Response toResponse(Throwable exception) {
        String id = UUID.randomUUID().toString();
        String path = Requests.pathOf(uri);
        LOG.error("500 on {} (correlation id {})", path, id, exception);
        Problem problem = Problem.of(ProblemType.INTERNAL,
                "the server failed to answer; quote correlation id " + id + " when reporting it", path)
                .withCorrelationId(id);
        return Response.fromResponse(ProblemResponses.of(problem)).header(CORRELATION_HEADER, id).build();
    }
}
