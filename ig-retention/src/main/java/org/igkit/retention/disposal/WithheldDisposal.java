package org.igkit.retention.disposal;

import java.util.Objects;

/**
 * A candidate that execution did not dispose of, and why (a hold placed after approval, changed facts, a pending
 * authority, disposed of by another batch, gone).
 *
 * @param recordId the record
 * @param reason   why it was withheld
 */
public record WithheldDisposal(String recordId, String reason) {
    public WithheldDisposal {
        Objects.requireNonNull(recordId, "recordId");
        Objects.requireNonNull(reason, "reason");
    }
}
