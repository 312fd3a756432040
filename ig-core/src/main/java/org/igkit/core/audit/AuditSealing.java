package org.igkit.core.audit;

import java.util.Objects;
import java.util.Optional;

import org.igkit.core.error.ConflictException;
import org.igkit.core.error.ValidationException;

/**
 * How an audit log adapter seals its chain: the keyring, and how often it signs a checkpoint on its own (every
 * {@code checkpointEvery} entries, in the same transaction as the entry that reaches the count).
 *
 * @param keyring          the keys; {@link AuditKeyring#none()} for the unkeyed chain
 * @param checkpointEvery  entries between automatic checkpoints (only with a key); default {@value #DEFAULT_EVERY}
 */
public record AuditSealing(AuditKeyring keyring, int checkpointEvery) {
    /** Often enough that a cut-off tail is at most this many entries long before the next one notices. */
    public static final int DEFAULT_EVERY = 1000;

    public AuditSealing {
        Objects.requireNonNull(keyring, "keyring");
        if (checkpointEvery < 1) {
            throw new ValidationException("checkpointEvery", "must be at least 1", checkpointEvery);
        }
    }

    /** The unkeyed chain, no checkpoints. */
    public static AuditSealing none() {
        return new AuditSealing(AuditKeyring.none(), DEFAULT_EVERY);
    }

    /** Sealed with {@code keyring}, a checkpoint every {@value #DEFAULT_EVERY} entries. */
    public static AuditSealing with(AuditKeyring keyring) {
        return new AuditSealing(keyring, DEFAULT_EVERY);
    }

    /** A copy signing a checkpoint every {@code entries} entries. */
    public AuditSealing withCheckpointEvery(int entries) {
        return new AuditSealing(keyring, entries);
    }

    /** The checkpoint to store with {@code appended}, when it is one of every {@code checkpointEvery}. */
    public Optional<AuditCheckpoint> automaticCheckpoint(AuditEntry appended) {
        if (keyring.isKeyed() && appended.sequence() % checkpointEvery == 0) {
            return Optional.of(AuditCheckpoint.sign(keyring.current().orElseThrow(), appended));
        }
        return Optional.empty();
    }

    /**
     * The checkpoint asked for on a log whose last entry is {@code head}.
     *
     * @throws ConflictException if there is no key to sign with, or no entry to vouch for
     */
    public AuditCheckpoint checkpointFor(Optional<AuditEntry> head) {
        AuditKey key = keyring.current().orElseThrow(() -> new ConflictException(ConflictException.Reason.INVALID_STATE,
                "the audit log has no key, so it cannot sign a checkpoint: configure one (see docs/security.md)"));
        return AuditCheckpoint.sign(key, head.orElseThrow(() -> new ConflictException(
                ConflictException.Reason.INVALID_STATE, "the audit log is empty: there is nothing to vouch for yet")));
    }
}
