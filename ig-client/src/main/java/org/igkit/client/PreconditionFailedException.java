package org.igkit.client;

import java.net.http.HttpHeaders;

import org.igkit.client.model.Problem;

/**
 * An update's {@code If-Match} was stale (412: someone changed the entity since it was read; read it again) or
 * missing (428).
 */
public final class PreconditionFailedException extends ProblemException {
    private static final long serialVersionUID = 1L;

    PreconditionFailedException(int status, HttpHeaders headers, String body, Problem problem) {
        super(status, headers, body, problem);
    }
}
