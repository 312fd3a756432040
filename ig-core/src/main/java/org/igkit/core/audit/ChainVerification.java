package org.igkit.core.audit;

import java.util.Optional;

/**
 * The outcome of walking an audit log's hash chain.
 *
 * @param entriesChecked how many entries were read
 * @param firstBrokenAt  the sequence number where the chain first fails to hold, or {@code null} when it holds
 * @param problem        what failed there, or {@code null}
 */
public record ChainVerification(long entriesChecked, Long firstBrokenAt, String problem) {

    /** The chain holds over {@code entries} entries. */
    public static ChainVerification intact(long entries) {
        return new ChainVerification(entries, null, null);
    }

    /** The chain breaks at {@code sequence}. */
    public static ChainVerification brokenAt(long entriesChecked, long sequence, String problem) {
        return new ChainVerification(entriesChecked, sequence, problem);
    }

    /** True when every entry links to the one before and its hash matches its content. */
    public boolean isIntact() {
        return firstBrokenAt == null;
    }

    /** Where the chain first breaks, if it does. */
    public Optional<Long> findFirstBrokenAt() {
        return Optional.ofNullable(firstBrokenAt);
    }
}
