package org.igkit.rest.auth;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.igkit.core.error.ValidationException;

/**
 * The API keys the server accepts, parsed from {@code ig.auth.keys}: a comma-separated list of
 * {@code secret:ROLE[|ROLE...]}. No key is built in; an empty keyring serves only the open endpoints.
 *
 * @param keys the configured keys
 */
public record ApiKeyring(List<ApiKey> keys) {
    /** The shortest secret accepted: shorter ones are guessable. */
    public static final int MIN_SECRET_LENGTH = 16;

    public ApiKeyring {
        keys = List.copyOf(keys);
    }

    /** A keyring with no keys. */
    public static ApiKeyring empty() {
        return new ApiKeyring(List.of());
    }

    /**
     * Parses {@code secret:ROLE|ROLE,secret:ROLE}, collecting every bad entry (the secret is never echoed).
     *
     * @throws ValidationException with paths {@code [i]} for each refused entry
     */
    public static ApiKeyring parse(String text) {
        List<ApiKey> keys = new ArrayList<>();
        ValidationException.Collector problems = ValidationException.collector();
        if (text == null || text.isBlank()) {
            return empty();
        }
        String[] entries = text.split(",", -1);
        for (int i = 0; i < entries.length; i++) {
            String entry = entries[i].trim();
            String path = "[" + i + "]";
            int colon = entry.lastIndexOf(':');
            if (colon <= 0 || colon == entry.length() - 1) {
                problems.add(path, "must be secret:ROLE[|ROLE...], roles " + List.of(Role.values()), null);
                continue;
            }
            String secret = entry.substring(0, colon);
            if (secret.length() < MIN_SECRET_LENGTH) {
                problems.add(path, "the secret must be at least " + MIN_SECRET_LENGTH + " characters", null);
            }
            Set<Role> roles = EnumSet.noneOf(Role.class);
            for (String name : entry.substring(colon + 1).split("\\|", -1)) {
                try {
                    roles.add(Role.valueOf(name.trim()));
                } catch (IllegalArgumentException e) {
                    problems.add(path, "unknown role '" + name.trim() + "'; roles are " + List.of(Role.values()), null);
                }
            }
            if (!roles.isEmpty()) {
                keys.add(ApiKey.of(secret, roles));
            }
        }
        problems.throwIfAny();
        return new ApiKeyring(keys);
    }

    /** True when no key is configured. */
    public boolean isEmpty() {
        return keys.isEmpty();
    }

    /**
     * The key whose secret is {@code presented}. Every configured key is compared, whatever matches, so that the
     * time taken says nothing about which key (or which prefix) was close.
     */
    public Optional<ApiKey> find(String presented) {
        byte[] digest = ApiKey.sha256(presented);
        ApiKey found = null;
        for (ApiKey key : keys) {
            if (key.matches(digest) && found == null) {
                found = key;
            }
        }
        return Optional.ofNullable(found);
    }
}
