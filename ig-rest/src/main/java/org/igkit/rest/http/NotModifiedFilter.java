package org.igkit.rest.http;

import java.util.Arrays;

import jakarta.annotation.Priority;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

/**
 * {@code If-None-Match} on every read that answers with an {@code ETag}: a match is {@code 304 Not Modified} with no
 * body (RFC 9110 §13.1.2, weak comparison), so a client that kept a copy does not download it again. Done once here
 * rather than in each resource, which would each have to remember it.
 */
@Priority(Priorities.HEADER_DECORATOR + 100)
public final class NotModifiedFilter implements ContainerResponseFilter {
    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        String method = request.getMethod();
        if (!HttpMethod.GET.equals(method) && !HttpMethod.HEAD.equals(method)) {
            return;
        }
        String asked = request.getHeaderString(HttpHeaders.IF_NONE_MATCH);
        EntityTag tag = response.getEntityTag();
        if (asked == null || tag == null || response.getStatus() != Response.Status.OK.getStatusCode()) {
            return;
        }
        if (matches(asked, tag.getValue())) {
            response.setStatus(Response.Status.NOT_MODIFIED.getStatusCode());
            response.setEntity(null);
            response.getHeaders().remove(HttpHeaders.CONTENT_TYPE);
        }
    }

    /** Whether the {@code If-None-Match} list names {@code value}, weak or strong, or is {@code *}. */
    static boolean matches(String ifNoneMatch, String value) {
        return Arrays.stream(ifNoneMatch.split(",")).map(String::trim).anyMatch(candidate -> {
            if (candidate.equals("*")) {
                return true;
            }
            String opaque = candidate.startsWith("W/") ? candidate.substring(2) : candidate;
            return opaque.equals("\"" + value + "\"");
        });
    }
}
