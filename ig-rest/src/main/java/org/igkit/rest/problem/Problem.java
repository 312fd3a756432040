package org.igkit.rest.problem;

import java.util.List;
import java.util.Objects;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * An RFC 9457 problem detail, the body of every error response ({@code application/problem+json}).
 *
 * @param type          a URI naming the kind of problem ({@code about:blank} for plain HTTP errors)
 * @param title         a short summary of the kind
 * @param status        the HTTP status code
 * @param detail        what went wrong this time, for a person to read
 * @param instance      the request path the problem occurred on
 * @param correlationId on a 500, the id under which the server logged the failure
 * @param reason        on a 409, why the request clashes ({@code VERSION_MISMATCH}, {@code HOLD_IN_FORCE}, ...)
 * @param errors        on a 422, every field refused
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(String type, String title, int status, String detail, String instance, String correlationId,
                     String reason, List<FieldError> errors) {

    /** The media type of a problem body. */
    public static final String MEDIA_TYPE = "application/problem+json";

    public Problem {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(title, "title");
        errors = errors == null ? null : List.copyOf(errors);
    }

    /** A problem of {@code kind} with {@code detail}. */
    public static Problem of(ProblemType kind, String detail, String instance) {
        return new Problem(kind.uri(), kind.title(), kind.status(), detail, instance, null, null, null);
    }

    /** A copy listing the fields refused. */
    public Problem withErrors(List<FieldError> fieldErrors) {
        return new Problem(type, title, status, detail, instance, correlationId, reason, fieldErrors);
    }

    /** A copy carrying the id the failure was logged under. */
    public Problem withCorrelationId(String id) {
        return new Problem(type, title, status, detail, instance, id, reason, errors);
    }

    /** A copy saying why a request clashes with the current state. */
    public Problem withReason(String why) {
        return new Problem(type, title, status, detail, instance, correlationId, why, errors);
    }

    /**
     * One refused field.
     *
     * @param path          where, e.g. {@code events[2].date}
     * @param message       what is wrong and what is allowed
     * @param rejectedValue the value given, as text, when there was one
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record FieldError(String path, String message, String rejectedValue) {
    }
}
