package org.igkit.client;

import java.net.http.HttpHeaders;

import org.igkit.client.model.Problem;

/** The path names something the server does not have (404). */
public final class NotFoundProblemException extends ProblemException {
    private static final long serialVersionUID = 1L;

    NotFoundProblemException(int status, HttpHeaders headers, String body, Problem problem) {
        super(status, headers, body, problem);
    }
}
