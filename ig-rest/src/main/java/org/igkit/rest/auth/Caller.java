package org.igkit.rest.auth;

import java.security.Principal;
import java.util.Set;

import jakarta.ws.rs.core.SecurityContext;

/**
 * Who is calling: a key's fingerprint (never its secret) and roles, or the anonymous caller of an open endpoint.
 *
 * @param name  the key's fingerprint, or {@code anonymous}
 * @param roles the key's roles, empty when anonymous
 */
public record Caller(String name, Set<Role> roles) implements Principal {
    public Caller {
        roles = Set.copyOf(roles);
    }

    /** The caller of an open endpoint that sent no key. */
    public static Caller anonymous() {
        return new Caller("anonymous", Set.of());
    }

    /** The caller holding {@code key}. */
    public static Caller of(ApiKey key) {
        return new Caller(key.fingerprint(), key.roles());
    }

    /** The name of the caller of {@code security}, as the services record it as the actor of a change. */
    public static String nameOf(SecurityContext security) {
        Principal caller = security == null ? null : security.getUserPrincipal();
        return caller == null ? "anonymous" : caller.getName();
    }

    @Override
    public String getName() {
        return name;
    }

    /** True when one of the caller's roles grants {@code required}. */
    public boolean holds(Role required) {
        return roles.stream().anyMatch(r -> r.grants(required));
    }
}
