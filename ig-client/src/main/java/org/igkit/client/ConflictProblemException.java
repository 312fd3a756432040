package org.igkit.client;

import java.net.http.HttpHeaders;
import java.util.Optional;

import org.igkit.client.model.Problem;

/**
 * The call conflicts with the current state (409): {@link #reason()} says how (a hold in force, an id that
 * already exists, a state that does not allow it).
 */
public final class ConflictProblemException extends ProblemException {
    private static final long serialVersionUID = 1L;

    ConflictProblemException(int status, HttpHeaders headers, String body, Problem problem) {
        super(status, headers, body, problem);
    }

    /** @return why, when the server said ({@code HOLD_IN_FORCE}, {@code ALREADY_EXISTS}, ...) */
    public Optional<Problem.ReasonEnum> reason() {
        return Optional.ofNullable(problem().getReason());
    }
}
