package org.igkit.client;

import java.net.http.HttpHeaders;

import org.igkit.client.model.Problem;

/**
 * The server read the call but refused values in it (422): {@link #violations()} lists every refused field with
 * its JSON path and the reason, all at once.
 */
public final class ValidationProblemException extends ProblemException {
    private static final long serialVersionUID = 1L;

    ValidationProblemException(int status, HttpHeaders headers, String body, Problem problem) {
        super(status, headers, body, problem);
    }
}
