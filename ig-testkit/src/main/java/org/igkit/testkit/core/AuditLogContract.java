package org.igkit.testkit.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.igkit.core.audit.AuditChain;
import org.igkit.core.audit.AuditCheckpoint;
import org.igkit.core.audit.AuditEntry;
import org.igkit.core.audit.AuditEvent;
import org.igkit.core.audit.AuditKey;
import org.igkit.core.audit.AuditKeyring;
import org.igkit.core.audit.AuditSealing;
import org.igkit.core.audit.ChainVerification;
import org.igkit.core.error.ConflictException;
import org.igkit.core.error.ValidationException;
import org.igkit.core.paging.Page;
import org.igkit.core.paging.PageRequest;
import org.igkit.core.port.AuditLog;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every {@link AuditLog} adapter must do. Extend it, return a fresh empty log from
 * {@link #newLog(AuditSealing)} and the same storage under another sealing from {@link #reopen(AuditSealing)}, and
 * implement the tampering hooks by changing the adapter's storage behind its back (in SQL: drop the append-only
 * triggers first), so that the suite can show {@link AuditLog#verify()} notices what someone with the database but
 * without the key can do.
 */
public abstract class AuditLogContract {
    private static final Instant T0 = Instant.parse("2026-03-29T00:30:00Z");
    private static final AuditKey K1 = AuditKey.of("k1", bytes(1));
    private static final AuditKey K2 = AuditKey.of("k2", bytes(2));
    /** The attacker's own key under the real key's id. */
    private static final AuditKey FORGED_K1 = AuditKey.of("k1", bytes(3));

    /** A new, empty log sealed as {@code sealing} says; called once, unkeyed, before each test. */
    protected abstract AuditLog newLog(AuditSealing sealing);

    /** The storage of the log last returned, opened again as another log sealed as {@code sealing} says. */
    protected abstract AuditLog reopen(AuditSealing sealing);

    /**
     * Overwrites the stored entry {@code replacement.sequence()} with the replacement's actor, previous hash, hash and
     * key id, as someone who can write the database would after recomputing hashes.
     */
    protected abstract void rewriteStoredEntry(AuditEntry replacement);

    /** Removes every stored checkpoint. */
    protected abstract void removeStoredCheckpoints();

    /** Changes the actor of the stored entry {@code sequence} of the log last returned by {@link #newLog(AuditSealing)}. */
    protected abstract void alterStoredEntry(long sequence, String newActor);

    /** Removes the stored entry {@code sequence} of the log last returned by {@link #newLog(AuditSealing)}. */
    protected abstract void removeStoredEntry(long sequence);

    private AuditLog log;

    @BeforeEach
    void freshLog() {
        log = newLog(AuditSealing.none());
    }

    @Test
    void anEmptyLogIsIntact() {
        assertThat(log.size()).isZero();
        assertThat(log.verify()).isEqualTo(ChainVerification.intact(0));
        assertThat(log.checkpoints()).isEmpty();
        assertThat(log.read(PageRequest.first()).items()).isEmpty();
    }

    @Test
    void appendedEntriesAreNumberedAndChainedAsAuditChainDefines() {
        AuditEntry first = log.append(event("hold.placed", "R-1"));
        AuditEntry second = log.append(event("hold.released", "R-1").withDetail("reason", "litigation settled"));

        assertThat(first.sequence()).isEqualTo(1);
        assertThat(first.previousHash()).isEqualTo(AuditChain.GENESIS_HASH);
        assertThat(first.hash()).isEqualTo(AuditChain.hashOf(1, AuditChain.GENESIS_HASH, first.event()));
        assertThat(second.sequence()).isEqualTo(2);
        assertThat(second.previousHash()).isEqualTo(first.hash());
        assertThat(log.size()).isEqualTo(2);
    }

    @Test
    void entriesReadBackExactlyAsAppended() {
        AuditEvent event = event("disposal.executed", "B-7").withDetail("records", "120").withDetail("approver", "j.smith");
        AuditEntry stored = log.append(event);

        assertThat(log.read(PageRequest.first()).items()).containsExactly(stored);
        assertThat(stored.event()).isEqualTo(event);
    }

    @Test
    void readingPagesThroughTheWholeLogInOrder() {
        for (int i = 1; i <= 25; i++) {
            log.append(event("record.saved", "R-" + i));
        }
        List<Long> seen = new ArrayList<>();
        PageRequest request = PageRequest.first(10);
        while (true) {
            Page<AuditEntry> page = log.read(request);
            page.items().forEach(e -> seen.add(e.sequence()));
            if (page.isLast()) {
                break;
            }
            request = PageRequest.after(page.nextCursor(), 10);
        }
        assertThat(seen).hasSize(25).isSorted().doesNotHaveDuplicates().startsWith(1L).endsWith(25L);
    }

    @Test
    void aCursorThatIsNotOneRaisesAValidationError() {
        assertThatThrownBy(() -> log.read(PageRequest.after("not-a-cursor", 10)))
                .isInstanceOf(ValidationException.class).hasMessageContaining("after");
    }

    @Test
    void entriesAboutOneSubjectComeBackInOrder() {
        log.append(event("hold.placed", "R-1"));
        log.append(event("hold.placed", "R-2"));
        log.append(event("hold.released", "R-1"));

        assertThat(log.forSubject("record", "R-1")).extracting(e -> e.event().action())
                .containsExactly("hold.placed", "hold.released");
        assertThat(log.forSubject("record", "R-9")).isEmpty();
    }

    @Test
    void concurrentAppendsKeepOneUnbrokenChain() throws Exception {
        appendFromFourThreads();
        assertThat(log.size()).isEqualTo(200);
        assertThat(log.verify()).isEqualTo(ChainVerification.intact(200));
    }

    @Test
    void anEditedEntryBreaksTheChainWhereItWasEdited() {
        for (int i = 1; i <= 5; i++) {
            log.append(event("record.saved", "R-" + i));
        }
        alterStoredEntry(3, "mallory");

        ChainVerification result = log.verify();
        assertThat(result.isIntact()).isFalse();
        assertThat(result.firstBrokenAt()).isEqualTo(3L);
    }

    @Test
    void aRemovedEntryBreaksTheChainWhereItWas() {
        for (int i = 1; i <= 5; i++) {
            log.append(event("record.saved", "R-" + i));
        }
        removeStoredEntry(2);

        ChainVerification result = log.verify();
        assertThat(result.isIntact()).isFalse();
        assertThat(result.firstBrokenAt()).isEqualTo(2L);
    }

    @Test
    void sealedEntriesCarryTheirKeyAndVerifyUnderTheKeyring() {
        log = newLog(AuditSealing.with(AuditKeyring.of(K1)));
        AuditEntry first = log.append(event("hold.placed", "R-1"));
        AuditEntry second = log.append(event("hold.released", "R-1").withDetail("reason", "settled"));

        assertThat(first.keyId()).isEqualTo("k1");
        assertThat(first.hash()).isEqualTo(AuditChain.sealOf(K1, 1, AuditChain.GENESIS_HASH, first.event()));
        assertThat(second.previousHash()).isEqualTo(first.hash());
        assertThat(log.read(PageRequest.first()).items()).containsExactly(first, second);
        assertThat(log.forSubject("record", "R-1")).containsExactly(first, second);
        ChainVerification result = log.verify();
        assertThat(result.isIntact()).isTrue();
        assertThat(result.unsealedEntries()).isZero();
    }

    @Test
    void aChainRewrittenWithRecomputedPlainHashesIsCaughtWhereItStarts() {
        log = newLog(AuditSealing.with(AuditKeyring.of(K1)));
        List<AuditEntry> entries = appendRecords(5);
        rewriteFrom(entries, 3, (sequence, previous, event) ->
                new AuditEntry(sequence, event, previous, AuditChain.hashOf(sequence, previous, event)));

        ChainVerification result = log.verify();

        assertThat(result.isIntact()).isFalse();
        assertThat(result.firstBrokenAt()).isEqualTo(3L);
        assertThat(result.problem()).contains("no seal");
    }

    @Test
    void aChainResealedWithAGuessedKeyIsCaughtWhereItStarts() {
        log = newLog(AuditSealing.with(AuditKeyring.of(K1)));
        List<AuditEntry> entries = appendRecords(5);
        rewriteFrom(entries, 2, (sequence, previous, event) ->
                new AuditEntry(sequence, event, previous, AuditChain.sealOf(FORGED_K1, sequence, previous, event), "k1"));

        ChainVerification result = log.verify();

        assertThat(result.isIntact()).isFalse();
        assertThat(result.firstBrokenAt()).isEqualTo(2L);
        assertThat(result.problem()).contains("altered");
    }

    @Test
    void afterARotationOldEntriesAreCheckedWithTheRetiredKey() {
        log = newLog(AuditSealing.with(AuditKeyring.of(K1)));
        appendRecords(2);
        log = reopen(AuditSealing.with(AuditKeyring.of(K2, K1)));
        log.append(event("record.saved", "R-3"));

        assertThat(log.read(PageRequest.first()).items()).extracting(AuditEntry::keyId)
                .containsExactly("k1", "k1", "k2");
        assertThat(log.verify().isIntact()).isTrue();

        ChainVerification withoutTheRetiredKey = reopen(AuditSealing.with(AuditKeyring.of(K2))).verify();
        assertThat(withoutTheRetiredKey.isIntact()).isFalse();
        assertThat(withoutTheRetiredKey.firstBrokenAt()).isEqualTo(1L);
        assertThat(withoutTheRetiredKey.problem()).contains("'k1'");
    }

    @Test
    void entriesWrittenBeforeTheLogHadAKeyAreCountedAsUnsealed() {
        appendRecords(2);
        log = reopen(AuditSealing.with(AuditKeyring.of(K1)));
        log.append(event("record.saved", "R-3"));

        ChainVerification result = log.verify();

        assertThat(result.isIntact()).isTrue();
        assertThat(result.entriesChecked()).isEqualTo(3);
        assertThat(result.unsealedEntries()).isEqualTo(2);
    }

    @Test
    void aCheckpointIsSignedEveryNEntriesAndOnRequest() {
        log = newLog(AuditSealing.with(AuditKeyring.of(K1)).withCheckpointEvery(3));
        List<AuditEntry> entries = appendRecords(7);

        AuditCheckpoint asked = log.checkpoint();

        assertThat(log.checkpoints()).extracting(AuditCheckpoint::sequence).containsExactly(3L, 6L, 7L);
        assertThat(log.checkpoints()).allMatch(c -> c.isSignedUnder(AuditKeyring.of(K1)));
        assertThat(asked.headHash()).isEqualTo(entries.get(6).hash());
        assertThat(AuditCheckpoint.parse(asked.toText())).isEqualTo(asked);
        ChainVerification result = log.verify();
        assertThat(result.isIntact()).isTrue();
        assertThat(result.checkpointsChecked()).isEqualTo(3);
    }

    @Test
    void cuttingEntriesOffTheEndBehindACheckpointIsCaught() {
        log = newLog(AuditSealing.with(AuditKeyring.of(K1)).withCheckpointEvery(3));
        appendRecords(7);
        removeStoredEntry(7);
        removeStoredEntry(6);

        ChainVerification result = log.verify();

        assertThat(result.isIntact()).isFalse();
        assertThat(result.firstBrokenAt()).isEqualTo(6L);
        assertThat(result.problem()).contains("cut off");
    }

    @Test
    void deletingTheWholeLogWithItsCheckpointsIsCaughtByACopyKeptElsewhere() {
        log = newLog(AuditSealing.with(AuditKeyring.of(K1)));
        appendRecords(4);
        AuditCheckpoint keptElsewhere = AuditCheckpoint.parse(log.checkpoint().toText());
        for (long sequence = 4; sequence >= 1; sequence--) {
            removeStoredEntry(sequence);
        }
        removeStoredCheckpoints();

        assertThat(log.verify().isIntact()).as("nothing inside the database is left to notice").isTrue();
        ChainVerification result = log.verifyAgainst(keptElsewhere);
        assertThat(result.isIntact()).isFalse();
        assertThat(result.firstBrokenAt()).isEqualTo(1L);
        assertThat(result.problem()).contains("cut off");
    }

    @Test
    void aCheckpointNotSignedWithTheKeyIsRefused() {
        log = newLog(AuditSealing.with(AuditKeyring.of(K1)));
        List<AuditEntry> entries = appendRecords(2);
        AuditCheckpoint forged = AuditCheckpoint.sign(FORGED_K1, entries.get(1));

        ChainVerification result = log.verifyAgainst(forged);

        assertThat(result.isIntact()).isFalse();
        assertThat(result.problem()).contains("signature");
    }

    @Test
    void aCheckpointNeedsAKeyAndAnEntry() {
        assertThatThrownBy(() -> log.checkpoint()).isInstanceOf(ConflictException.class).hasMessageContaining("key");
        AuditLog keyed = newLog(AuditSealing.with(AuditKeyring.of(K1)));
        assertThatThrownBy(keyed::checkpoint).isInstanceOf(ConflictException.class).hasMessageContaining("empty");
    }

    @Test
    void concurrentSealedAppendsKeepOneChainAndTheirCheckpoints() throws Exception {
        log = newLog(AuditSealing.with(AuditKeyring.of(K1)).withCheckpointEvery(50));
        appendFromFourThreads();
        assertThat(log.checkpoints()).extracting(AuditCheckpoint::sequence).containsExactly(50L, 100L, 150L, 200L);
        ChainVerification result = log.verify();
        assertThat(result.isIntact()).isTrue();
        assertThat(result.checkpointsChecked()).isEqualTo(4);
    }

    /** Four threads append 50 entries each, at once. */
    private void appendFromFourThreads() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                int thread = t;
                done.add(pool.submit(() -> {
                    for (int i = 0; i < 50; i++) {
                        log.append(event("record.saved", "T" + thread + "-" + i));
                    }
                }));
            }
            for (Future<?> f : done) {
                f.get(60, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private List<AuditEntry> appendRecords(int count) {
        List<AuditEntry> entries = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            entries.add(log.append(event("record.saved", "R-" + i).withDetail("n", Integer.toString(i))));
        }
        return entries;
    }

    /** What an attacker with the database does: change entry {@code from}'s actor, then recompute every later link. */
    private void rewriteFrom(List<AuditEntry> entries, int from, Relink relink) {
        String previous = entries.get(from - 2).hash();
        for (AuditEntry stored : entries.subList(from - 1, entries.size())) {
            AuditEvent e = stored.event();
            AuditEvent event = stored.sequence() == from
                    ? new AuditEvent("mallory", e.action(), e.occurredAt(), e.subjectType(), e.subjectId(), e.details())
                    : e;
            AuditEntry forged = relink.entry(stored.sequence(), previous, event);
            rewriteStoredEntry(forged);
            previous = forged.hash();
        }
    }

    @FunctionalInterface
    private interface Relink {
        AuditEntry entry(long sequence, String previousHash, AuditEvent event);
    }

    private static byte[] bytes(int seed) {
        byte[] secret = new byte[AuditKey.MIN_SECRET_BYTES];
        for (int i = 0; i < secret.length; i++) {
            secret[i] = (byte) (seed * 31 + i);
        }
        return secret;
    }

    private static AuditEvent event(String action, String subjectId) {
        return AuditEvent.of("records.manager", action, T0, "record", subjectId);
    }
}
