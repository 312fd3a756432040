package org.igkit.rest.http;

import java.util.List;
import java.util.Set;

import jakarta.annotation.Priority;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;

/**
 * Cross-origin requests (the Fetch standard's CORS) for the origins in {@code ig.http.cors.allowed-origins}, none by
 * default. A preflight ({@code OPTIONS} with {@code Access-Control-Request-Method}) from such an origin is answered
 * {@code 204} with the methods the path allows; every answer to it names the origin, so that a page can read the
 * answer, problems included. This grants reading, never access: a guarded endpoint still wants its key on the real
 * request ({@code ApiKeyFilter}, which lets every {@code OPTIONS} through without one). Other origins get no CORS
 * header, so their browsers keep refusing, as before.
 */
@Priority(Priorities.HEADER_DECORATOR)
public final class CorsFilter implements ContainerResponseFilter {
    /** How long a browser may reuse a preflight's answer, in seconds. */
    public static final int MAX_AGE_SECONDS = 600;
    private static final String ORIGIN = "Origin";
    private static final String REQUEST_METHOD = "Access-Control-Request-Method";
    private static final String ALLOWED_HEADERS = "Authorization, Content-Type, Accept, If-Match, If-None-Match";
    private static final String EXPOSED_HEADERS = "ETag, Location, Link, Retry-After, WWW-Authenticate";

    private final Set<String> allowedOrigins;

    private CorsFilter(Set<String> allowedOrigins) {
        this.allowedOrigins = allowedOrigins;
    }

    /** A filter for {@code allowedOrigins} ({@code https://app.example.org}), compared exactly as browsers send them. */
    public static CorsFilter allowing(List<String> allowedOrigins) {
        return new CorsFilter(Set.copyOf(allowedOrigins));
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (allowedOrigins.isEmpty()) {
            return;
        }
        MultivaluedMap<String, Object> headers = response.getHeaders();
        // caches must keep one answer per origin: the headers below depend on it
        headers.add(HttpHeaders.VARY, ORIGIN);
        String origin = request.getHeaderString(ORIGIN);
        if (origin == null || !allowedOrigins.contains(origin)) {
            return;
        }
        headers.putSingle("Access-Control-Allow-Origin", origin);
        if (isPreflight(request) && response.getStatus() == Response.Status.OK.getStatusCode()) {
            // Jersey answered the OPTIONS itself, with the path's methods in Allow
            String allow = response.getHeaderString(HttpHeaders.ALLOW);
            response.setStatus(Response.Status.NO_CONTENT.getStatusCode());
            response.setEntity(null);
            headers.remove(HttpHeaders.CONTENT_TYPE);
            headers.putSingle("Access-Control-Allow-Methods", allow == null ? HttpMethod.OPTIONS : allow);
            headers.putSingle("Access-Control-Allow-Headers", ALLOWED_HEADERS);
            headers.putSingle("Access-Control-Max-Age", String.valueOf(MAX_AGE_SECONDS));
        } else {
            headers.putSingle("Access-Control-Expose-Headers", EXPOSED_HEADERS);
        }
    }

    private static boolean isPreflight(ContainerRequestContext request) {
        return HttpMethod.OPTIONS.equals(request.getMethod()) && request.getHeaderString(REQUEST_METHOD) != null;
    }
}
