package org.igkit.core.error;

import java.util.Objects;

/**
 * The request clashes with the current state: the caller's copy is stale (optimistic locking), or a rule of
 * the domain forbids the change now (a legal hold blocks disposal, an id already exists).
 */
public class ConflictException extends IgException {
    private static final long serialVersionUID = 1L;

    /** Why the request clashes. */
    public enum Reason {
        /** The caller saved a copy whose version is not the stored one. */
        VERSION_MISMATCH,
        /** A legal hold in force forbids the change. */
        HOLD_IN_FORCE,
        /** Something with that id or key exists already. */
        ALREADY_EXISTS,
        /** The entity is in a state where the change is not allowed (e.g. an executed disposal batch). */
        INVALID_STATE
    }

    private final Reason reason;

    public ConflictException(Reason reason, String message) {
        super(message);
        this.reason = Objects.requireNonNull(reason, "reason");
    }

    /** The caller's copy of {@code type} {@code id} has version {@code given}, the store holds {@code stored}. */
    public static ConflictException versionMismatch(String type, String id, long given, long stored) {
        return new ConflictException(Reason.VERSION_MISMATCH, type + " '" + id + "' was changed by someone else: "
                + "your copy has version " + given + ", the stored one is version " + stored + "; reload and retry");
    }

    /** {@code type} {@code id} exists already. */
    public static ConflictException alreadyExists(String type, String id) {
        return new ConflictException(Reason.ALREADY_EXISTS, type + " '" + id + "' exists already");
    }

    public Reason reason() {
        return reason;
    }
}
