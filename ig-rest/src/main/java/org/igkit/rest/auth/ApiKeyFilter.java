package org.igkit.rest.auth;

import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Method;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.annotation.Priority;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;

import org.glassfish.jersey.server.ExtendedUriInfo;
import org.glassfish.jersey.server.model.ResourceMethod;

import org.igkit.rest.problem.Problem;
import org.igkit.rest.problem.ProblemResponses;
import org.igkit.rest.problem.ProblemType;

/**
 * Checks {@code Authorization: Bearer <key>} against the keyring and the matched method's access annotation:
 * 401 (with {@code WWW-Authenticate}) for no or an unknown key, 403 for a key without the role. On success the
 * request's {@link SecurityContext} carries the {@link Caller}.
 */
@Priority(Priorities.AUTHENTICATION)
public final class ApiKeyFilter implements ContainerRequestFilter {
    private static final String BEARER = "Bearer ";

    private final ApiKeyring keyring;
    private final boolean openCalculators;
    // read from the annotations once per resource method: an injected ResourceInfo is a proxy that looked the
    // request up in HK2 on every call, a twentieth of the server's time per calculator request
    private final Map<Method, Optional<Role>> guards = new ConcurrentHashMap<>();

    public ApiKeyFilter(ApiKeyring keyring, boolean openCalculators) {
        this.keyring = keyring;
        this.openCalculators = openCalculators;
    }

    @Override
    public void filter(ContainerRequestContext request) {
        if (HttpMethod.OPTIONS.equals(request.getMethod())) {
            // OPTIONS says which methods a path has (and answers CORS preflights, which never carry a key)
            identify(request, Caller.anonymous());
            return;
        }
        ResourceMethod matched = request.getUriInfo() instanceof ExtendedUriInfo
                ? ((ExtendedUriInfo) request.getUriInfo()).getMatchedResourceMethod() : null;
        if (matched == null) {
            return;
        }
        Method method = matched.getInvocable().getDefinitionMethod();
        Class<?> type = matched.getInvocable().getHandler().getHandlerClass();
        Optional<Role> guard = guards.computeIfAbsent(method, m -> guardOf(m, type));
        if (guard.isEmpty()) {
            identify(request, Caller.anonymous());
            return;
        }
        Role required = guard.get();
        String path = "/" + request.getUriInfo().getPath();
        if (keyring.isEmpty()) {
            throw unauthenticated("no API keys are configured on this server, so only the open endpoints are served; "
                    + "set ig.auth.keys (or IG_AUTH_KEYS) to secret:ROLE[|ROLE...] and restart", path, null);
        }
        String header = request.getHeaderString(HttpHeaders.AUTHORIZATION);
        if (header == null || !header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            throw unauthenticated("send an API key as 'Authorization: Bearer <key>'", path, null);
        }
        Optional<ApiKey> key = keyring.find(header.substring(BEARER.length()).trim());
        if (key.isEmpty()) {
            throw unauthenticated("the API key is not one this server knows", path, "invalid_token");
        }
        Caller caller = Caller.of(key.get());
        if (!caller.holds(required)) {
            throw ProblemResponses.raise(ProblemType.FORBIDDEN,
                    "this needs a key with role " + required + " (or ADMIN); this key has " + caller.roles(), path);
        }
        identify(request, caller);
    }

    /** The role a key needs to call {@code method}; empty for an open endpoint or an open calculator. */
    private Optional<Role> guardOf(Method method, Class<?> type) {
        if (annotated(method, type, OpenEndpoint.class) || (openCalculators && annotated(method, type, Calculator.class))) {
            return Optional.empty();
        }
        return Optional.of(requiredRole(method, type));
    }

    /** The role guarding {@code method}: its own annotation, else its class's, else ADMIN. */
    static Role requiredRole(Method method, Class<?> type) {
        RequiresRole onMethod = method.getAnnotation(RequiresRole.class);
        if (onMethod != null) {
            return onMethod.value();
        }
        if (annotated(method, type, Calculator.class)) {
            return Role.READER;
        }
        RequiresRole onType = type.getAnnotation(RequiresRole.class);
        return onType != null ? onType.value() : Role.ADMIN;
    }

    private static boolean annotated(AnnotatedElement method, AnnotatedElement type,
                                     Class<? extends java.lang.annotation.Annotation> annotation) {
        return method.isAnnotationPresent(annotation) || type.isAnnotationPresent(annotation);
    }

    private static WebApplicationException unauthenticated(String detail, String path, String error) {
        String challenge = error == null ? "Bearer realm=\"igkit\"" : "Bearer realm=\"igkit\", error=\"" + error + "\"";
        Response response = Response.fromResponse(ProblemResponses.of(Problem.of(ProblemType.UNAUTHENTICATED, detail, path)))
                .header(HttpHeaders.WWW_AUTHENTICATE, challenge).build();
        return new WebApplicationException(detail, response);
    }

    private static void identify(ContainerRequestContext request, Caller caller) {
        boolean secure = request.getSecurityContext().isSecure();
        request.setSecurityContext(new SecurityContext() {
            @Override
            public Caller getUserPrincipal() {
                return caller;
            }

            @Override
            public boolean isUserInRole(String role) {
                try {
                    return caller.holds(Role.valueOf(role));
                } catch (IllegalArgumentException e) {
                    return false;
                }
            }

            @Override
            public boolean isSecure() {
                return secure;
            }

            @Override
            public String getAuthenticationScheme() {
                return caller.roles().isEmpty() ? null : "Bearer";
            }
        });
    }
}
