package org.igkit.rest.console.session;

import java.net.URI;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;

import org.igkit.rest.auth.ApiKey;
import org.igkit.rest.auth.ApiKeyring;
import org.igkit.rest.auth.Caller;
import org.igkit.rest.auth.OpenEndpoint;
import org.igkit.rest.console.FieldError;
import org.igkit.rest.console.Frame;
import org.igkit.rest.console.Views;

/**
 * {@code /console/sign-in} and {@code /console/sign-out}. Signing in posts a configured API key in the form's body
 * (never in the address) and, when the keyring knows it, starts a session. A refused key is answered 401, which the
 * server's edge counts against the caller's address like a refused {@code Authorization} header
 * ({@code ig.rate.failed-auth.*}); once that bucket is empty, sign-ins from the address are refused with 429.
 */
@Path("/console")
@OpenEndpoint
public final class SignInPage {
    private static final String HTML = "text/html; charset=utf-8";

    private final ApiKeyring keyring;
    private final SessionGate gate;
    private final Views views;
    private final String organisation;

    public SignInPage(ApiKeyring keyring, SessionGate gate, Views views, String organisation) {
        this.keyring = Objects.requireNonNull(keyring, "keyring");
        this.gate = Objects.requireNonNull(gate, "gate");
        this.views = Objects.requireNonNull(views, "views");
        this.organisation = Objects.requireNonNull(organisation, "organisation");
    }

    @GET
    @Path("sign-in")
    @Produces(HTML)
    public String form(@QueryParam("signed-out") String signedOut) {
        Optional<String> notice = Optional.empty();
        if ("idle".equals(signedOut)) {
            notice = Optional.of("You were signed out because the console was not used for "
                    + gate.sessions().idleTimeout().toMinutes() + " minutes. Sign in again to continue.");
        } else if ("yes".equals(signedOut)) {
            notice = Optional.of("You have signed out.");
        }
        return render(notice, List.of());
    }

    @POST
    @Path("sign-in")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(HTML)
    public Response signIn(@FormParam("key") String key, @Context HttpHeaders headers, @Context UriInfo uri,
                           @Context SecurityContext security) {
        SessionGate.requireSameOrigin(headers, uri);
        if (key == null || key.isBlank()) {
            return Response.status(Response.Status.BAD_REQUEST)
                    .entity(render(Optional.empty(), List.of(new FieldError("key", "Enter your API key")))).build();
        }
        Optional<ApiKey> found = keyring.find(key.trim());
        if (found.isEmpty()) {
            String message = keyring.isEmpty()
                    ? "This server has no keys configured, so nobody can sign in; an administrator sets ig.auth.keys"
                    : "The key is not one this server knows: check it and try again";
            return Response.status(Response.Status.UNAUTHORIZED)
                    .entity(render(Optional.empty(), List.of(new FieldError("key", message)))).build();
        }
        Session session = gate.sessions().open(Caller.of(found.get()));
        return Response.seeOther(URI.create("/console/"))
                .header("Set-Cookie", SessionGate.cookieFor(session, secure(security, uri))).build();
    }

    @POST
    @Path("sign-out")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response signOut(@FormParam("csrf") String csrf, @Context HttpHeaders headers, @Context UriInfo uri,
                            @Context SecurityContext security) {
        Session session = gate.form(headers, uri, csrf, org.igkit.rest.auth.Role.READER);
        gate.sessions().close(session.id());
        return Response.seeOther(URI.create(SessionGate.SIGN_IN + "?signed-out=yes"))
                .header("Set-Cookie", SessionGate.clearingCookie(secure(security, uri))).build();
    }

    private String render(Optional<String> notice, List<FieldError> errors) {
        String title = errors.isEmpty() ? "Sign in" : "Error: Sign in";
        return views.render("signIn.jte", new SignInView(Frame.visitor(organisation, title), notice, errors));
    }

    /** Whether the browser reached us over TLS, so the cookie is marked Secure and never sent in clear. */
    private static boolean secure(SecurityContext security, UriInfo uri) {
        return security.isSecure() || "https".equalsIgnoreCase(uri.getBaseUri().getScheme());
    }
}
