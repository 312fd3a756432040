package org.igkit.retention.disposal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

import org.igkit.core.audit.AuditEntry;
import org.igkit.core.audit.AuditEvent;
import org.igkit.core.error.ConflictException;
import org.igkit.core.memory.InMemoryAuditLog;
import org.igkit.core.paging.Page;
import org.igkit.core.paging.PageRequest;
import org.igkit.core.port.AuditLog;
import org.igkit.retention.ForwardingAuditLog;
import org.igkit.retention.calculation.RetentionCalculator;
import org.igkit.retention.memory.InMemoryDisposalBatchRepository;
import org.igkit.retention.memory.InMemoryLegalHoldRepository;
import org.igkit.retention.memory.InMemoryRecordRepository;
import org.igkit.retention.memory.InMemoryScheduleRepository;
import org.igkit.retention.port.RecordRepository;
import org.igkit.retention.port.RetentionPorts;
import org.igkit.retention.record.RetainedRecord;
import org.igkit.retention.register.RetentionRegister;
import org.igkit.retention.rule.RecordFacts;
import org.igkit.retention.schedule.EntryRef;
import org.igkit.retention.schedule.SampleSchedules;
import org.igkit.retention.sweep.DisposalService;
import org.igkit.retention.sweep.SweepResult;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Issue 20, defects 12 and 9: disposal and its audit trail agree whatever races or stops it, and batches are
 * bounded. Concurrent calls are released together by a latch, many rounds over, so that each interleaving the
 * scheduler offers is tried; nothing is timed.
 */
class DisposalAtomicityTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 5, 9);
    private static final EntryRef INVOICES = EntryRef.of(SampleSchedules.SCHOOL_ID, "S21");
    private static final int RECORDS = 12;
    private static final int ROUNDS = 25;

    private final Clock clock = Clock.fixed(Instant.parse("2026-05-09T09:00:00Z"), ZoneOffset.UTC);
    private final ExecutorService threads = Executors.newFixedThreadPool(2);
    private InMemoryAuditLog log;
    private FailingAudit audit;
    private FailingRecords records;
    private DisposalService disposal;

    @BeforeEach
    void setUp() {
        fresh();
    }

    @AfterEach
    void stop() {
        threads.shutdownNow();
    }

    private void fresh() {
        InMemoryRecordRepository stored = InMemoryRecordRepository.create();
        InMemoryScheduleRepository schedules = InMemoryScheduleRepository.create();
        schedules.save(SampleSchedules.school());
        log = InMemoryAuditLog.create();
        audit = new FailingAudit(log);
        records = new FailingRecords(stored);
        RetentionPorts ports = RetentionPorts.of(records, schedules, InMemoryLegalHoldRepository.create(),
                InMemoryDisposalBatchRepository.create(), audit);
        RetentionCalculator calculator = RetentionCalculator.ukDefaults();
        RetentionRegister register = RetentionRegister.over(ports, calculator, clock);
        disposal = DisposalService.over(ports, calculator, clock);
        for (int i = 1; i <= RECORDS; i++) {
            register.file(String.format("INV-%02d", i), INVOICES,
                    RecordFacts.none().withDate("processed", LocalDate.of(2012, 6, i)), "clerk");
        }
    }

    private DisposalBatch approved(String id) {
        DisposalBatch proposed = disposal.sweep(id, TODAY, "system").batch();
        return disposal.approve(id, proposed.version(), "records.manager");
    }

    /** Runs both calls released together; each result is the value or the exception thrown. */
    private List<Object> race(Callable<?> first, Callable<?> second) throws Exception {
        CountDownLatch ready = new CountDownLatch(2);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<Object>> futures = new ArrayList<>();
        for (Callable<?> call : List.of(first, second)) {
            futures.add(threads.submit(() -> {
                ready.countDown();
                go.await();
                try {
                    return call.call();
                } catch (RuntimeException e) {
                    return e;
                }
            }));
        }
        ready.await();
        go.countDown();
        List<Object> results = new ArrayList<>();
        for (Future<Object> f : futures) {
            results.add(f.get());
        }
        return results;
    }

    private List<AuditEvent> events(String action) {
        return Page.all(page -> log.read(page)).map(AuditEntry::event).filter(e -> e.action().equals(action)).toList();
    }

    private Map<String, Long> disposedEntriesPerRecord() {
        return events("record.disposed").stream().collect(Collectors.groupingBy(AuditEvent::subjectId,
                Collectors.counting()));
    }

    private List<String> disposedRecords() {
        List<String> disposed = new ArrayList<>();
        for (int i = 1; i <= RECORDS; i++) {
            String id = String.format("INV-%02d", i);
            if (records.find(id).orElseThrow().isDisposed()) {
                disposed.add(id);
            }
        }
        return disposed;
    }

    private void assertEveryDisposedRecordAuditedOnce() {
        Map<String, Long> entries = disposedEntriesPerRecord();
        assertThat(entries.keySet()).containsExactlyInAnyOrderElementsOf(disposedRecords());
        assertThat(entries.values()).allMatch(n -> n == 1L);
        assertThat(log.verify().isIntact()).isTrue();
    }

    @Test
    @DisplayName("Two executions of one approved batch at the same moment: one proceeds, one is refused, each record audited once")
    void twoExecutionsRace() throws Exception {
        for (int round = 0; round < ROUNDS; round++) {
            fresh();
            DisposalBatch approved = approved("B-" + round);
            List<Object> results = race(() -> disposal.execute(approved.id(), approved.version(), "operator-1"),
                    () -> disposal.execute(approved.id(), approved.version(), "operator-2"));
            assertThat(results).as("round %d", round).filteredOn(DisposalBatch.class::isInstance).hasSize(1);
            assertThat(results).as("round %d", round).filteredOn(ConflictException.class::isInstance).hasSize(1);
            DisposalBatch executed = (DisposalBatch) results.stream().filter(DisposalBatch.class::isInstance)
                    .findFirst().orElseThrow();
            assertThat(executed.state()).isEqualTo(BatchState.EXECUTED);
            assertThat(executed.certificate().disposed()).hasSize(RECORDS);
            assertThat(disposedRecords()).hasSize(RECORDS);
            assertEveryDisposedRecordAuditedOnce();
            assertThat(events("disposal.executed")).as("round %d", round).hasSize(1)
                    .allMatch(e -> e.actor().equals(executed.certificate().executedBy()));
        }
    }

    @Test
    @DisplayName("Two sweeps under one id at the same moment: one batch, one disposal.swept entry, none for the refused one")
    void twoSweepsUnderOneIdRace() throws Exception {
        for (int round = 0; round < ROUNDS; round++) {
            fresh();
            List<Object> results = race(() -> disposal.sweep("B-1", TODAY, "sweeper-1"),
                    () -> disposal.sweep("B-1", TODAY, "sweeper-2"));
            assertThat(results).as("round %d", round).filteredOn(SweepResult.class::isInstance).hasSize(1);
            assertThat(results).as("round %d", round).filteredOn(ConflictException.class::isInstance).hasSize(1);
            SweepResult won = (SweepResult) results.stream().filter(SweepResult.class::isInstance).findFirst()
                    .orElseThrow();
            assertThat(events("disposal.swept")).singleElement().satisfies(e -> {
                assertThat(e.subjectId()).isEqualTo("B-1");
                assertThat(e.details()).containsEntry("candidates", Integer.toString(won.batch().candidates().size()));
            });
        }
    }

    @Test
    @DisplayName("Two sweeps under two ids at the same moment: no record is in both, and each entry is a stored batch")
    void twoSweepsUnderTwoIdsRace() throws Exception {
        for (int round = 0; round < ROUNDS; round++) {
            fresh();
            List<Object> results = race(() -> disposal.sweep("B-1", TODAY, "sweeper-1"),
                    () -> disposal.sweep("B-2", TODAY, "sweeper-2"));
            List<DisposalBatch> stored = new ArrayList<>();
            for (String id : List.of("B-1", "B-2")) {
                disposal.find(id).ifPresent(stored::add);
            }
            List<String> swept = stored.stream().flatMap(b -> b.candidates().stream())
                    .map(DisposalCandidate::recordId).toList();
            assertThat(swept).as("round %d", round).doesNotHaveDuplicates().hasSize(RECORDS);
            assertThat(events("disposal.swept")).extracting(AuditEvent::subjectId)
                    .containsExactlyInAnyOrderElementsOf(stored.stream().map(DisposalBatch::id).toList());
            assertThat(results.stream().filter(ConflictException.class::isInstance).count())
                    .isEqualTo(2 - stored.size());
        }
    }

    @Test
    @DisplayName("Two approvals at the same moment: one is stored and audited, the refused one writes no entry")
    void twoApprovalsRace() throws Exception {
        for (int round = 0; round < ROUNDS; round++) {
            fresh();
            DisposalBatch proposed = disposal.sweep("B-1", TODAY, "system").batch();
            List<Object> results = race(() -> disposal.approve("B-1", proposed.version(), "manager-1"),
                    () -> disposal.approve("B-1", proposed.version(), "manager-2"));
            assertThat(results).as("round %d", round).filteredOn(DisposalBatch.class::isInstance).hasSize(1);
            assertThat(results).as("round %d", round).filteredOn(ConflictException.class::isInstance).hasSize(1);
            DisposalBatch approved = disposal.get("B-1");
            assertThat(events("disposal.approved")).singleElement()
                    .satisfies(e -> assertThat(e.actor()).isEqualTo(approved.approvedBy()));
        }
    }

    @Test
    @DisplayName("A run stopped between a record's disposal and its entry is finished by the next: every record audited once")
    void aRunStoppedBeforeAnEntryIsFinished() {
        DisposalBatch approved = approved("B-1");
        audit.failOnRecordDisposed(5);
        assertThatThrownBy(() -> disposal.execute("B-1", approved.version(), "operator"))
                .isInstanceOf(IllegalStateException.class);
        DisposalBatch stopped = disposal.get("B-1");
        assertThat(stopped.state()).isEqualTo(BatchState.EXECUTING);
        assertThat(disposedRecords()).hasSize(5);
        assertThat(disposedEntriesPerRecord()).hasSize(4);

        assertThatThrownBy(() -> disposal.execute("B-1", approved.version(), "operator"))
                .as("the copy read before the claim is stale")
                .isInstanceOfSatisfying(ConflictException.class,
                        e -> assertThat(e.reason()).isEqualTo(ConflictException.Reason.VERSION_MISMATCH));
        DisposalBatch executed = disposal.execute("B-1", stopped.version(), "operator");
        assertThat(executed.state()).isEqualTo(BatchState.EXECUTED);
        assertThat(executed.certificate().disposed()).hasSize(RECORDS);
        assertThat(executed.certificate().isIntact()).isTrue();
        assertEveryDisposedRecordAuditedOnce();
        assertThat(disposedRecords()).hasSize(RECORDS);
        assertThat(events("disposal.executed")).hasSize(1);

        long size = log.size();
        assertThat(disposal.execute("B-1", executed.version(), "operator")).isEqualTo(executed);
        assertThat(log.size()).as("executing an executed batch writes nothing").isEqualTo(size);
    }

    @Test
    @DisplayName("A run stopped by a conflict on a record is finished by the next, which disposes of nothing twice")
    void aRunStoppedByARecordConflictIsFinished() {
        DisposalBatch approved = approved("B-1");
        records.conflictOnSave(3);
        assertThatThrownBy(() -> disposal.execute("B-1", approved.version(), "operator"))
                .isInstanceOf(ConflictException.class);
        assertThat(disposedRecords()).hasSize(2);
        assertEveryDisposedRecordAuditedOnce();
        List<Instant> firstDisposals = List.of(records.find("INV-01").orElseThrow().disposal().executedAt());

        DisposalBatch executed = disposal.execute("B-1", disposal.get("B-1").version(), "operator");
        assertThat(executed.certificate().disposed()).hasSize(RECORDS);
        assertEveryDisposedRecordAuditedOnce();
        assertThat(List.of(records.find("INV-01").orElseThrow().disposal().executedAt())).isEqualTo(firstDisposals);
    }

    @Test
    @DisplayName("A run stopped after the executed batch was stored is finished by the next, which writes only disposal.executed")
    void aRunStoppedBeforeTheExecutedEntryIsFinished() {
        DisposalBatch approved = approved("B-1");
        audit.failOnExecuted();
        assertThatThrownBy(() -> disposal.execute("B-1", approved.version(), "operator"))
                .isInstanceOf(IllegalStateException.class);
        DisposalBatch executed = disposal.get("B-1");
        assertThat(executed.state()).isEqualTo(BatchState.EXECUTED);
        assertThat(events("disposal.executed")).isEmpty();
        long size = log.size();

        assertThat(disposal.execute("B-1", executed.version(), "operator")).isEqualTo(executed);
        assertThat(events("disposal.executed")).singleElement()
                .satisfies(e -> assertThat(e.details()).containsEntry("digest", executed.certificate().digest()));
        assertThat(log.size()).isEqualTo(size + 1);
        assertEveryDisposedRecordAuditedOnce();
    }

    @Test
    @DisplayName("Defect 9: a batch stops at the batch limit and says more remain; the next sweep takes the rest, none twice")
    void batchesAreBounded() {
        DisposalService bounded = disposal.withBatchLimit(5);
        SweepResult first = bounded.sweep("B-1", TODAY, "system");
        assertThat(first.batch().candidates()).hasSize(5);
        assertThat(first.moreRemain()).isTrue();
        assertThat(first.explanation()).contains("more records remain").contains("5");
        SweepResult second = bounded.sweep("B-2", TODAY, "system");
        SweepResult third = bounded.sweep("B-3", TODAY, "system");
        assertThat(second.moreRemain()).isTrue();
        assertThat(third.batch().candidates()).hasSize(RECORDS - 10);
        assertThat(third.moreRemain()).isFalse();
        assertThat(third.explanation()).doesNotContain("more records remain");
        List<String> all = new ArrayList<>();
        for (SweepResult r : List.of(first, second, third)) {
            r.batch().candidates().forEach(c -> all.add(c.recordId()));
        }
        assertThat(all).doesNotHaveDuplicates().hasSize(RECORDS);
        assertThat(bounded.sweep("B-4", TODAY, "system").batch().candidates())
                .as("a record is in at most one open batch").isEmpty();
        assertThat(events("disposal.swept")).filteredOn(e -> e.subjectId().equals("B-1")).singleElement()
                .satisfies(e -> assertThat(e.details()).containsEntry("moreRemain", "true"));
        assertThatThrownBy(() -> disposal.withBatchLimit(0)).hasMessageContaining("batchLimit");
    }

    @Test
    @DisplayName("Defect 9: a batch's candidates are read a page at a time, and lists carry a summary per batch")
    void candidatesArePagedAndListsSummarise() {
        disposal.sweep("B-1", TODAY, "system");
        List<String> read = new ArrayList<>();
        Page<DisposalCandidate> page = disposal.candidates("B-1", PageRequest.first(5));
        read.addAll(page.items().stream().map(DisposalCandidate::recordId).toList());
        while (!page.isLast()) {
            assertThat(page.items()).hasSize(5);
            page = disposal.candidates("B-1", PageRequest.after(page.nextCursor(), 5));
            read.addAll(page.items().stream().map(DisposalCandidate::recordId).toList());
        }
        assertThat(read).isEqualTo(disposal.get("B-1").candidates().stream().map(DisposalCandidate::recordId).toList());
        assertThatThrownBy(() -> disposal.candidates("B-1", PageRequest.after("NOT-A-CANDIDATE", 5)))
                .hasMessageContaining("after");
        DisposalBatchSummary summary = disposal.list(PageRequest.first(1)).items().get(0);
        assertThat(summary.id()).isEqualTo("B-1");
        assertThat(summary.candidateCount()).isEqualTo(RECORDS);
        assertThat(summary.state()).isEqualTo(BatchState.PROPOSED);
        assertThat(summary.disposedCount()).isNull();
    }

    /** The in-memory log, made to fail once at a chosen append, as a crash there would. */
    private static final class FailingAudit extends ForwardingAuditLog {
        private final AtomicInteger disposedUntilFailure = new AtomicInteger(-1);
        private volatile boolean failOnExecuted;

        FailingAudit(AuditLog log) {
            super(log);
        }

        void failOnRecordDisposed(int nth) {
            disposedUntilFailure.set(nth);
        }

        void failOnExecuted() {
            failOnExecuted = true;
        }

        @Override
        public AuditEntry append(AuditEvent event) {
            if (event.action().equals("record.disposed") && disposedUntilFailure.get() > 0
                    && disposedUntilFailure.decrementAndGet() == 0) {
                throw new IllegalStateException("the process stopped before writing " + event.subjectId() + "'s entry");
            }
            if (event.action().equals("disposal.executed") && failOnExecuted) {
                failOnExecuted = false;
                throw new IllegalStateException("the process stopped before writing the execution's entry");
            }
            return super.append(event);
        }

    }

    /** The in-memory records, made to refuse one save of a disposal as a concurrent change would. */
    private static final class FailingRecords implements RecordRepository {
        private final RecordRepository records;
        private final AtomicInteger disposalsUntilConflict = new AtomicInteger(-1);

        FailingRecords(RecordRepository records) {
            this.records = records;
        }

        void conflictOnSave(int nth) {
            disposalsUntilConflict.set(nth);
        }

        @Override
        public RetainedRecord save(RetainedRecord record) {
            if (record.isDisposed() && disposalsUntilConflict.get() > 0 && disposalsUntilConflict.decrementAndGet() == 0) {
                throw ConflictException.versionMismatch("record", record.id(), record.version(), record.version() + 1);
            }
            return records.save(record);
        }

        @Override
        public Optional<RetainedRecord> find(String recordId) {
            return records.find(recordId);
        }

        @Override
        public Page<RetainedRecord> listDueOnOrBefore(LocalDate date, PageRequest page) {
            return records.listDueOnOrBefore(date, page);
        }

        @Override
        public Page<RetainedRecord> listByEntry(EntryRef entry, PageRequest page) {
            return records.listByEntry(entry, page);
        }
    }
}
