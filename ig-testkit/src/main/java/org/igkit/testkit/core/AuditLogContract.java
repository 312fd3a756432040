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
import org.igkit.core.audit.AuditEntry;
import org.igkit.core.audit.AuditEvent;
import org.igkit.core.audit.ChainVerification;
import org.igkit.core.error.ValidationException;
import org.igkit.core.paging.Page;
import org.igkit.core.paging.PageRequest;
import org.igkit.core.port.AuditLog;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every {@link AuditLog} adapter must do. Extend it, return a fresh empty log from {@link #newLog()}, and
 * implement the two tampering hooks by changing the adapter's storage behind its back (in SQL: drop the
 * append-only triggers first), so that the suite can show {@link AuditLog#verify()} notices.
 */
public abstract class AuditLogContract {
    private static final Instant T0 = Instant.parse("2026-03-29T00:30:00Z");

    /** A new, empty log; called once before each test. */
    protected abstract AuditLog newLog();

    /** Changes the actor of the stored entry {@code sequence} of the log last returned by {@link #newLog()}. */
    protected abstract void alterStoredEntry(long sequence, String newActor);

    /** Removes the stored entry {@code sequence} of the log last returned by {@link #newLog()}. */
    protected abstract void removeStoredEntry(long sequence);

    private AuditLog log;

    @BeforeEach
    void freshLog() {
        log = newLog();
    }

    @Test
    void anEmptyLogIsIntact() {
        assertThat(log.size()).isZero();
        assertThat(log.verify()).isEqualTo(ChainVerification.intact(0));
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

    private static AuditEvent event(String action, String subjectId) {
        return AuditEvent.of("records.manager", action, T0, "record", subjectId);
    }
}
