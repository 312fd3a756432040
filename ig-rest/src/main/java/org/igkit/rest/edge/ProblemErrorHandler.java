package org.igkit.rest.edge;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.igkit.rest.problem.Problem;
import org.igkit.rest.problem.ProblemType;

/**
 * The errors the HTTP server answers itself, before or around Jersey (a request line or URI it cannot parse, headers
 * too large, a body that timed out), as problem+json like every other error, instead of Jetty's HTML page. The
 * detail is the server's own words for the status: the parser's message can name Java types, so it is not echoed.
 */
public final class ProblemErrorHandler extends ErrorHandler {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Override
    public boolean handle(Request request, Response response, Callback callback) {
        Object code = request.getAttribute(ERROR_STATUS);
        int status = code instanceof Integer number ? number : response.getStatus();
        String instance = request.getHttpURI() == null ? null : request.getHttpURI().getPath();
        byte[] body = bytesOf(problemFor(status, instance));
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, Problem.MEDIA_TYPE);
        response.getHeaders().put(HttpHeader.CONTENT_LENGTH, body.length);
        response.write(true, ByteBuffer.wrap(body), callback);
        return true;
    }

    /** The problem for a status the server itself answers with. */
    static Problem problemFor(int status, String instance) {
        switch (status) {
            case 400:
                return Problem.of(ProblemType.MALFORMED_REQUEST, "the request line, a header or the URI is not valid "
                        + "HTTP (RFC 9110, RFC 3986): characters such as | { } ^ \" and spaces must be percent-encoded",
                        instance);
            case 408:
                return plain(408, "the request did not arrive in time (ig.http.header-timeout, ig.http.read-timeout)",
                        instance);
            case 413:
                return Problem.of(ProblemType.BODY_TOO_LARGE, "the body exceeds the limit (ig.http.max-body-bytes)",
                        instance);
            case 431:
                return plain(431, "the request headers are too large", instance);
            case 500:
                return Problem.of(ProblemType.INTERNAL, "the server failed to answer", instance);
            default:
                return plain(status, null, instance);
        }
    }

    private static Problem plain(int status, String detail, String instance) {
        return new Problem("about:blank", HttpStatus.getMessage(status), status, detail, instance, null, null, null);
    }

    /** {@code problem} as the bytes of its JSON. */
    static byte[] bytesOf(Problem problem) {
        try {
            return JSON.writeValueAsBytes(problem);
        } catch (JsonProcessingException e) {
            // a record of strings and an int always serialises; this keeps the signature honest
            return ("{\"title\":\"" + problem.title() + "\",\"status\":" + problem.status() + "}")
                    .getBytes(StandardCharsets.UTF_8);
        }
    }
}
