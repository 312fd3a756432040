package org.igkit.rest.auth;

import java.security.Principal;
import java.util.Set;

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

    @Override
    public String getName() {
        return name;
    }

    /** True when one of the caller's roles grants {@code required}. */
    public boolean holds(Role required) {
        return roles.stream().anyMatch(r -> r.grants(required));
    }
}
