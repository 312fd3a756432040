package org.igkit.rest.problem;

import java.util.List;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import org.igkit.core.error.ValidationException;
import org.igkit.core.error.Violation;

/** 422 with every refused field listed, from ig-core's {@link ValidationException}. */
@Provider
public final class ValidationExceptionMapper implements ExceptionMapper<ValidationException> {
    @Context
    private UriInfo uri;

    @Override
    public Response toResponse(ValidationException exception) {
        return ProblemResponses.of(problemOf(exception, Requests.pathOf(uri)));
    }

    /** The 422 problem listing {@code exception}'s violations. */
    public static Problem problemOf(ValidationException exception, String instance) {
        List<Violation> violations = exception.violations();
        String detail = violations.size() == 1
                ? "1 field was refused: " + violations.get(0).path()
                : violations.size() + " fields were refused";
        return Problem.of(ProblemType.VALIDATION, detail, instance).withErrors(violations.stream()
                .map(v -> new Problem.FieldError(v.path(), v.message(), Requests.shorten(v.rejectedValue())))
                .toList());
    }
}
