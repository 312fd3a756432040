package org.igkit.rest.console.session;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Objects;
import java.util.Optional;

import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Cookie;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.igkit.rest.auth.Role;

/**
 * What every console page checks before it answers: a live session (otherwise a redirect to the sign-in page), the
 * role the page needs (the same {@link Role} rules as the API; otherwise 403), and for a form sent with POST the
 * session's CSRF token and, when the browser names one, the page's own origin (otherwise 403).
 */
public final class SessionGate {
    /** The session cookie's name. */
    public static final String COOKIE = "igkit_session";
    /** Where a visitor signs in. */
    public static final String SIGN_IN = "/console/sign-in";

    private final ConsoleSessions sessions;

    public SessionGate(ConsoleSessions sessions) {
        this.sessions = Objects.requireNonNull(sessions, "sessions");
    }

    /** The sessions behind the gate. */
    public ConsoleSessions sessions() {
        return sessions;
    }

    /** The session of a page read with GET, holding {@code required}. */
    public Session page(HttpHeaders headers, Role required) {
        Optional<String> id = cookieOf(headers);
        Session session = id.flatMap(sessions::find).orElseThrow(() -> toSignIn(id.isPresent()));
        if (!session.caller().holds(required)) {
            throw new ForbiddenException();
        }
        return session;
    }

    /** The session of a form sent with POST, holding {@code required}, whose CSRF token is {@code csrf}. */
    public Session form(HttpHeaders headers, UriInfo uri, String csrf, Role required) {
        requireSameOrigin(headers, uri);
        Session session = page(headers, required);
        if (csrf == null || !MessageDigest.isEqual(csrf.getBytes(StandardCharsets.UTF_8),
                session.csrf().getBytes(StandardCharsets.UTF_8))) {
            throw new ForbiddenException();
        }
        return session;
    }

    /**
     * Refuses a POST whose {@code Origin} is another site's (or {@code null}, as browsers send for a cross-site form
     * under this console's referrer policy). Clients that send no Origin still need the CSRF token.
     */
    public static void requireSameOrigin(HttpHeaders headers, UriInfo uri) {
        String origin = headers.getHeaderString("Origin");
        if (origin == null) {
            return;
        }
        URI base = uri.getBaseUri();
        if (!origin.equalsIgnoreCase(base.getScheme() + "://" + base.getRawAuthority())) {
            throw new ForbiddenException();
        }
    }

    /** The {@code Set-Cookie} value starting {@code session}: script cannot read it, other sites do not send it. */
    public static String cookieFor(Session session, boolean secure) {
        return COOKIE + "=" + session.id() + "; Path=/; HttpOnly; SameSite=Strict" + (secure ? "; Secure" : "");
    }

    /** The {@code Set-Cookie} value that removes the session cookie. */
    public static String clearingCookie(boolean secure) {
        return COOKIE + "=; Path=/; Max-Age=0; HttpOnly; SameSite=Strict" + (secure ? "; Secure" : "");
    }

    /** The session id the browser sent, if any. */
    public static Optional<String> cookieOf(HttpHeaders headers) {
        Cookie cookie = headers.getCookies().get(COOKIE);
        return cookie == null || cookie.getValue().isEmpty() ? Optional.empty() : Optional.of(cookie.getValue());
    }

    private static WebApplicationException toSignIn(boolean hadSession) {
        URI to = URI.create(hadSession ? SIGN_IN + "?signed-out=idle" : SIGN_IN);
        return new WebApplicationException(Response.seeOther(to).build());
    }
}
