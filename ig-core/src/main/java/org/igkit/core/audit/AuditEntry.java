package org.igkit.core.audit;

import java.util.Objects;

/**
 * An event as stored in an audit log: its position and the links of the hash chain.
 *
 * @param sequence     1 for the first entry, then consecutive
 * @param event        what happened
 * @param previousHash the hash of the entry before ({@link AuditChain#GENESIS_HASH} for the first)
 * @param hash         SHA-256 over the sequence, the previous hash and the event (see {@link AuditChain#hashOf})
 */
public record AuditEntry(long sequence, AuditEvent event, String previousHash, String hash) {
    public AuditEntry {
        Objects.requireNonNull(event, "event");
        Objects.requireNonNull(previousHash, "previousHash");
        Objects.requireNonNull(hash, "hash");
    }
}
