package org.igkit.client;

import java.net.http.HttpHeaders;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.igkit.client.invoker.ApiException;
import org.igkit.client.model.FieldError;
import org.igkit.client.model.Problem;

/**
 * The server refused a call and said why in RFC 9457 problem+json. Unchecked, like the generated
 * {@link ApiException} it extends, so one {@code catch} of either covers every refusal; the subclasses name the
 * refusals a caller usually handles: {@link ValidationProblemException} (422), {@link NotFoundProblemException}
 * (404), {@link ConflictProblemException} (409) and {@link PreconditionFailedException} (412, 428).
 */
public class ProblemException extends ApiException {
    private static final long serialVersionUID = 1L;

    private final transient Problem problem;

    /**
     * @param status the HTTP status
     * @param headers the response's headers
     * @param body the response body as sent
     * @param problem the body read as a problem
     */
    protected ProblemException(int status, HttpHeaders headers, String body, Problem problem) {
        super(message(status, problem), null, status, headers, body);
        this.problem = Objects.requireNonNull(problem, "problem");
    }

    static ProblemException of(int status, HttpHeaders headers, String body, Problem problem) {
        switch (status) {
            case 422:
                return new ValidationProblemException(status, headers, body, problem);
            case 404:
                return new NotFoundProblemException(status, headers, body, problem);
            case 409:
                return new ConflictProblemException(status, headers, body, problem);
            case 412:
            case 428:
                return new PreconditionFailedException(status, headers, body, problem);
            default:
                return new ProblemException(status, headers, body, problem);
        }
    }

    private static String message(int status, Problem problem) {
        StringBuilder text = new StringBuilder().append(status).append(' ').append(problem.getType());
        if (problem.getTitle() != null) {
            text.append(": ").append(problem.getTitle());
        }
        if (problem.getDetail() != null) {
            text.append(" (").append(problem.getDetail()).append(')');
        }
        return text.toString();
    }

    /** @return the HTTP status, e.g. 422 */
    public int status() {
        return getCode();
    }

    /** @return the problem type, e.g. {@code urn:igkit:problem:validation} */
    public String type() {
        return problem.getType();
    }

    /** @return the problem's short title */
    public String title() {
        return problem.getTitle();
    }

    /** @return what went wrong in this call, when the server said */
    public Optional<String> detail() {
        return Optional.ofNullable(problem.getDetail());
    }

    /** @return on a 500, the id the server logged the failure under */
    public Optional<String> correlationId() {
        return Optional.ofNullable(problem.getCorrelationId());
    }

    /** @return every refused value, each with its JSON path ({@code events[0].date}); empty unless a 422 */
    public List<FieldError> violations() {
        return problem.getErrors() == null ? List.of() : List.copyOf(problem.getErrors());
    }

    /** @return the whole problem, with any members beyond the standard ones */
    public Problem problem() {
        return problem;
    }
}
