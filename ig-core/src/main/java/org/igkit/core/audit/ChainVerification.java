package org.igkit.core.audit;

import java.util.Optional;

/**
 * The outcome of walking an audit log's hash chain and its checkpoints.
 *
 * @param entriesChecked     how many entries were read
 * @param firstBrokenAt      the sequence number where the chain first fails to hold, or {@code null} when it holds
 * @param problem            what failed there, or {@code null}
 * @param unsealedEntries    how many of the entries read carry no key's seal (plain SHA-256: written before the
 *                           log had a key); someone with the database file could rewrite those undetected unless a
 *                           later checkpoint vouches for them
 * @param checkpointsChecked how many signed checkpoints were compared with the entries
 */
public record ChainVerification(long entriesChecked, Long firstBrokenAt, String problem, long unsealedEntries,
                                int checkpointsChecked) {

    /** An unkeyed chain of {@code entries} entries holds. */
    public static ChainVerification intact(long entries) {
        return new ChainVerification(entries, null, null, entries, 0);
    }

    /** The chain holds over {@code entries} entries, {@code unsealed} of them unkeyed, against {@code checkpoints}. */
    public static ChainVerification intact(long entries, long unsealed, int checkpoints) {
        return new ChainVerification(entries, null, null, unsealed, checkpoints);
    }

    /** The chain breaks at {@code sequence}. */
    public static ChainVerification brokenAt(long entriesChecked, long sequence, String problem) {
        return new ChainVerification(entriesChecked, sequence, problem, 0, 0);
    }

    /** True when every entry links to the one before, its hash matches its content and no checkpoint contradicts it. */
    public boolean isIntact() {
        return firstBrokenAt == null;
    }

    /** Where the chain first breaks, if it does. */
    public Optional<Long> findFirstBrokenAt() {
        return Optional.ofNullable(firstBrokenAt);
    }
}
