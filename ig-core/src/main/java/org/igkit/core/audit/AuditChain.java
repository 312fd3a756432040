package org.igkit.core.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;

/**
 * The hash chain every {@link org.igkit.core.port.AuditLog} adapter keeps, defined once so that all adapters
 * compute the same hashes and an export from one can be verified by another.
 *
 * <p>The hashed content is each field length-prefixed (so that no two different events share a byte string),
 * in a fixed order: sequence, previous hash, actor, action, occurredAt (ISO-8601), subject type, subject id,
 * then each detail key and value in key order.
 */
public final class AuditChain {
    /** The previous hash of the first entry: 64 zeros. */
    public static final String GENESIS_HASH = "0".repeat(64);

    private final long nextSequence;
    private final String lastHash;

    private AuditChain(long nextSequence, String lastHash) {
        this.nextSequence = nextSequence;
        this.lastHash = lastHash;
    }

    /** The chain of an empty log. */
    public static AuditChain empty() {
        return new AuditChain(1, GENESIS_HASH);
    }

    /** The chain continuing after {@code last}. */
    public static AuditChain after(AuditEntry last) {
        return new AuditChain(last.sequence() + 1, last.hash());
    }

    /** The entry that appending {@code event} makes. */
    public AuditEntry link(AuditEvent event) {
        return new AuditEntry(nextSequence, event, lastHash, hashOf(nextSequence, lastHash, event));
    }

    /** SHA-256, lower-case hex, of an entry's content. */
    public static String hashOf(long sequence, String previousHash, AuditEvent event) {
        MessageDigest sha = sha256();
        feed(sha, Long.toString(sequence));
        feed(sha, previousHash);
        feed(sha, event.actor());
        feed(sha, event.action());
        feed(sha, event.occurredAt().toString());
        feed(sha, event.subjectType());
        feed(sha, event.subjectId());
        for (Map.Entry<String, String> detail : event.details().entrySet()) {
            feed(sha, detail.getKey());
            feed(sha, detail.getValue());
        }
        return HexFormat.of().formatHex(sha.digest());
    }

    /**
     * Walks entries in sequence order and checks that each follows the one before (sequence and previous hash)
     * and that its hash matches its content.
     */
    public static ChainVerification verify(Iterable<AuditEntry> entriesInOrder) {
        long expectedSequence = 1;
        String expectedPrevious = GENESIS_HASH;
        long checked = 0;
        for (AuditEntry entry : entriesInOrder) {
            checked++;
            if (entry.sequence() != expectedSequence) {
                return ChainVerification.brokenAt(checked, expectedSequence,
                        "entry " + expectedSequence + " is missing (found " + entry.sequence() + " in its place)");
            }
            if (!entry.previousHash().equals(expectedPrevious)) {
                return ChainVerification.brokenAt(checked, entry.sequence(),
                        "entry " + entry.sequence() + " does not link to the entry before it");
            }
            if (!entry.hash().equals(hashOf(entry.sequence(), entry.previousHash(), entry.event()))) {
                return ChainVerification.brokenAt(checked, entry.sequence(),
                        "entry " + entry.sequence() + " was altered after it was written");
            }
            expectedSequence++;
            expectedPrevious = entry.hash();
        }
        return ChainVerification.intact(checked);
    }

    private static void feed(MessageDigest sha, String field) {
        byte[] bytes = field.getBytes(StandardCharsets.UTF_8);
        sha.update(Integer.toString(bytes.length).getBytes(StandardCharsets.US_ASCII));
        sha.update((byte) ':');
        sha.update(bytes);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform must support SHA-256", e);
        }
    }
}
