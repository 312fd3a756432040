package org.igkit.store.jdbc;

import java.util.Optional;

import org.igkit.core.error.ConflictException;

/**
 * The optimistic-locking rule of docs/architecture.md, checked by every adapter inside its write transaction:
 * version 0 is a new entity, any other version must be the stored one.
 */
public final class Versions {
    private Versions() {
    }

    /**
     * Throws unless an entity of {@code type} {@code id} at {@code given} may be saved over {@code stored}
     * (empty when nothing is stored under the id).
     */
    public static void check(String type, String id, long given, Optional<Long> stored) {
        if (stored.isEmpty() && given != 0) {
            throw ConflictException.versionMismatch(type, id, given, 0);
        }
        if (stored.isPresent() && given == 0) {
            throw ConflictException.alreadyExists(type, id);
        }
        if (stored.isPresent() && stored.get() != given) {
            throw ConflictException.versionMismatch(type, id, given, stored.get());
        }
    }
}
