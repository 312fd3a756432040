package org.igkit.rest.problem;

import java.time.Clock;
import java.util.Objects;
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
 * The same failure repeated (same exception type, message and throwing frame) is logged in full once and then
 * counted ({@link RepeatedLog}): a client replaying a request that fails must not fill the disk with stack traces.
 * A repeat's correlation id is logged at DEBUG only.
 */
@Provider
public final class UnexpectedExceptionMapper implements ExceptionMapper<Throwable> {
    /** The header carrying the id a failure was logged under. */
    public static final String CORRELATION_HEADER = "X-Correlation-Id";

    private static final Logger LOG = LoggerFactory.getLogger(UnexpectedExceptionMapper.class);

    private final RepeatedLog log;

    @Context
    private UriInfo uri;

    /** A mapper whose log counts repeats by {@code clock}. */
    public UnexpectedExceptionMapper(Clock clock) {
        this.log = RepeatedLog.of(LOG, Objects.requireNonNull(clock, "clock"));
    }

    @Override
    public Response toResponse(Throwable exception) {
        String id = UUID.randomUUID().toString();
        String path = Requests.pathOf(uri);
        log.error("500 on " + path + " (correlation id " + id + ")", exception);
        Problem problem = Problem.of(ProblemType.INTERNAL,
                "the server failed to answer; quote correlation id " + id + " when reporting it", path)
                .withCorrelationId(id);
        return Response.fromResponse(ProblemResponses.of(problem)).header(CORRELATION_HEADER, id).build();
    }
}
