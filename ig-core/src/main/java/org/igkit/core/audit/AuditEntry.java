package org.igkit.core.audit;

import java.util.Objects;

/**
 * An event as stored in an audit log: its position and the links of the hash chain.
 *
 * @param sequence     1 for the first entry, then consecutive
 * @param event        what happened
 * @param previousHash the hash of the entry before ({@link AuditChain#GENESIS_HASH} for the first)
 * @param hash         over the sequence, the previous hash and the event: SHA-256 when {@code keyId} is
 *                     {@code null}, else HMAC-SHA256 with that key (see {@link AuditChain})
 * @param keyId        the {@link AuditKey} that sealed the entry, or {@code null} for an unkeyed entry
 */
public record AuditEntry(long sequence, AuditEvent event, String previousHash, String hash, String keyId) {
    public AuditEntry {
        Objects.requireNonNull(event, "event");
        Objects.requireNonNull(previousHash, "previousHash");
        Objects.requireNonNull(hash, "hash");
    }

    /** An unkeyed entry (plain SHA-256), as every entry was before logs were sealed. */
    public AuditEntry(long sequence, AuditEvent event, String previousHash, String hash) {
        this(sequence, event, previousHash, hash, null);
    }

    /** True when a key sealed this entry. */
    public boolean isSealed() {
        return keyId != null;
    }
}
