package org.igkit.core.audit;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The hash chain every {@link org.igkit.core.port.AuditLog} adapter keeps, defined once so that all adapters
 * compute the same hashes and an export from one can be verified by another.
 *
 * <p>The hashed content is each field length-prefixed (so that no two different events share a byte string),
 * in a fixed order: sequence, previous hash, actor, action, occurredAt (ISO-8601), subject type, subject id,
 * then each detail key and value in key order. Without a key the hash is SHA-256 of that content; with one
 * ({@link AuditKeyring}) it is HMAC-SHA256 of the content followed by the key's id, so that rewriting an entry and
 * recomputing every later hash needs the key, which is not in the database.
 */
public final class AuditChain {
    /** The previous hash of the first entry: 64 zeros. */
    public static final String GENESIS_HASH = "0".repeat(64);

    private final long nextSequence;
    private final String lastHash;
    private final AuditKeyring keyring;

    private AuditChain(long nextSequence, String lastHash, AuditKeyring keyring) {
        this.nextSequence = nextSequence;
        this.lastHash = lastHash;
        this.keyring = Objects.requireNonNull(keyring, "keyring");
    }

    /** The unkeyed chain of an empty log. */
    public static AuditChain empty() {
        return empty(AuditKeyring.none());
    }

    /** The unkeyed chain continuing after {@code last}. */
    public static AuditChain after(AuditEntry last) {
        return after(last, AuditKeyring.none());
    }

    /** The chain of an empty log, sealing with {@code keyring}'s current key if it has one. */
    public static AuditChain empty(AuditKeyring keyring) {
        return new AuditChain(1, GENESIS_HASH, keyring);
    }

    /** The chain continuing after {@code last}, sealing with {@code keyring}'s current key if it has one. */
    public static AuditChain after(AuditEntry last, AuditKeyring keyring) {
        return new AuditChain(last.sequence() + 1, last.hash(), keyring);
    }

    /** The chain continuing after {@code last}, or the empty one. */
    public static AuditChain afterLast(Optional<AuditEntry> last, AuditKeyring keyring) {
        return last.map(entry -> after(entry, keyring)).orElseGet(() -> empty(keyring));
    }

    /** The entry that appending {@code event} makes. */
    public AuditEntry link(AuditEvent event) {
        Optional<AuditKey> key = keyring.current();
        if (key.isEmpty()) {
            return new AuditEntry(nextSequence, event, lastHash, hashOf(nextSequence, lastHash, event));
        }
        return new AuditEntry(nextSequence, event, lastHash, sealOf(key.get(), nextSequence, lastHash, event),
                key.get().id());
    }

    /** SHA-256, lower-case hex, of an unkeyed entry's content. */
    public static String hashOf(long sequence, String previousHash, AuditEvent event) {
        return ChainHash.unkeyed(sequence, previousHash, event);
    }

    /** HMAC-SHA256 with {@code key}, lower-case hex, of a sealed entry's content. */
    public static String sealOf(AuditKey key, long sequence, String previousHash, AuditEvent event) {
        return ChainHash.sealed(key, sequence, previousHash, event);
    }

    /** Walks an unkeyed chain (see {@link #verify(Iterable, AuditKeyring, Collection)}). */
    public static ChainVerification verify(Iterable<AuditEntry> entriesInOrder) {
        return verify(entriesInOrder, AuditKeyring.none(), List.of());
    }

    /**
     * Walks entries in sequence order and checks that each follows the one before (sequence and previous hash), that
     * its hash matches its content (under the key it names, which {@code keyring} must hold), that no unsealed entry
     * follows a sealed one, that every checkpoint is signed by a key of {@code keyring} and matches the entry it
     * vouches for, and that the log reaches the furthest checkpoint (so a cut-off tail shows).
     */
    public static ChainVerification verify(Iterable<AuditEntry> entriesInOrder, AuditKeyring keyring,
                                           Collection<AuditCheckpoint> checkpoints) {
        List<AuditCheckpoint> vouching = new ArrayList<>(checkpoints);
        vouching.sort(Comparator.comparingLong(AuditCheckpoint::sequence));
        for (AuditCheckpoint checkpoint : vouching) {
            if (!checkpoint.isSignedUnder(keyring)) {
                return ChainVerification.brokenAt(0, checkpoint.sequence(), "the checkpoint for entry "
                        + checkpoint.sequence() + " does not carry a valid signature of key '" + checkpoint.keyId()
                        + "' (forged, altered, or signed with a key missing from this keyring)");
            }
        }
        long expectedSequence = 1;
        String expectedPrevious = GENESIS_HASH;
        long checked = 0;
        long unsealed = 0;
        boolean sealedSeen = false;
        int next = 0;
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
            Optional<String> problem = contentProblem(entry, keyring, sealedSeen);
            if (problem.isPresent()) {
                return ChainVerification.brokenAt(checked, entry.sequence(), problem.get());
            }
            if (entry.isSealed()) {
                sealedSeen = true;
            } else {
                unsealed++;
            }
            while (next < vouching.size() && vouching.get(next).sequence() == entry.sequence()) {
                if (!ChainHash.sameHex(vouching.get(next).headHash(), entry.hash())) {
                    return ChainVerification.brokenAt(checked, entry.sequence(), "entry " + entry.sequence()
                            + " is not the one the checkpoint signed for it: the chain was rewritten");
                }
                next++;
            }
            expectedSequence++;
            expectedPrevious = entry.hash();
        }
        if (next < vouching.size()) {
            long furthest = vouching.get(vouching.size() - 1).sequence();
            return ChainVerification.brokenAt(checked, expectedSequence, "the log ends at entry "
                    + (expectedSequence - 1) + " but a signed checkpoint vouches for " + furthest
                    + " entries: entries were cut off the end");
        }
        return ChainVerification.intact(checked, unsealed, vouching.size());
    }

    private static Optional<String> contentProblem(AuditEntry entry, AuditKeyring keyring, boolean sealedSeen) {
        if (!entry.isSealed()) {
            if (sealedSeen) {
                return Optional.of("entry " + entry.sequence() + " carries no seal although the entries before it "
                        + "do: it was rewritten without the key");
            }
            return ChainHash.sameHex(entry.hash(), hashOf(entry.sequence(), entry.previousHash(), entry.event()))
                    ? Optional.empty()
                    : Optional.of("entry " + entry.sequence() + " was altered after it was written");
        }
        Optional<AuditKey> key = keyring.find(entry.keyId());
        if (key.isEmpty()) {
            return Optional.of("entry " + entry.sequence() + " was sealed with key '" + entry.keyId()
                    + "', which this keyring does not hold: it cannot be checked");
        }
        return ChainHash.sameHex(entry.hash(), sealOf(key.get(), entry.sequence(), entry.previousHash(), entry.event()))
                ? Optional.empty()
                : Optional.of("entry " + entry.sequence() + " was altered after it was written");
    }
}
