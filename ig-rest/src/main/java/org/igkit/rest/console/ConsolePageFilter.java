package org.igkit.rest.console;

import java.util.Objects;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;

import org.igkit.rest.problem.Problem;

/**
 * Every answer under {@code /console} and {@code /calculator} gets the pages' security headers, and an error there is
 * shown as a GOV.UK-style page instead of the API's problem+json (same status). The policy allows only the console's
 * own stylesheets and images and forms posting back to it: no script at all (the pages need none), nothing inline,
 * and no framing by another site.
 */
@Priority(Priorities.HEADER_DECORATOR)
public final class ConsolePageFilter implements ContainerResponseFilter {
    /** The Content-Security-Policy of every page. */
    public static final String POLICY = "default-src 'none'; style-src 'self'; img-src 'self'; form-action 'self'; "
            + "frame-ancestors 'none'; base-uri 'none'";
    private static final MediaType HTML = MediaType.valueOf("text/html; charset=utf-8");

    private final Views views;
    private final String organisation;

    public ConsolePageFilter(Views views, String organisation) {
        this.views = Objects.requireNonNull(views, "views");
        this.organisation = Objects.requireNonNull(organisation, "organisation");
    }

    /** True for the paths the console serves (Jersey's path, without the leading slash). */
    public static boolean isConsolePath(String path) {
        return path.equals("calculator") || path.equals("console") || path.startsWith("console/");
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (!isConsolePath(request.getUriInfo().getPath())) {
            return;
        }
        MultivaluedMap<String, Object> headers = response.getHeaders();
        headers.putSingle("Content-Security-Policy", POLICY);
        headers.putSingle("X-Content-Type-Options", "nosniff");
        headers.putSingle("X-Frame-Options", "DENY");
        // same-origin, not no-referrer: under no-referrer a browser sends "Origin: null" with every POST, even our own
        headers.putSingle("Referrer-Policy", "same-origin");
        headers.putSingle("Cross-Origin-Opener-Policy", "same-origin");
        if (!headers.containsKey("Cache-Control")) {
            // pages show registers and sessions: never kept by a browser or proxy (stylesheets set their own)
            headers.putSingle("Cache-Control", "no-store");
        }
        if (response.getEntity() instanceof Problem) {
            Problem problem = (Problem) response.getEntity();
            ErrorPage page = ErrorPage.of(Frame.visitor(organisation, ErrorPage.headingOf(problem.status())), problem);
            response.setEntity(views.render("error.jte", page), null, HTML);
        }
    }
}
