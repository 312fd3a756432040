package org.igkit.retention.register;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.igkit.core.audit.AuditEntry;
import org.igkit.core.audit.AuditEvent;
import org.igkit.core.memory.InMemoryAuditLog;
import org.igkit.core.port.AuditLog;
import org.igkit.retention.ForwardingAuditLog;
import org.igkit.retention.calculation.RetentionCalculator;
import org.igkit.retention.memory.InMemoryDisposalBatchRepository;
import org.igkit.retention.memory.InMemoryLegalHoldRepository;
import org.igkit.retention.memory.InMemoryRecordRepository;
import org.igkit.retention.memory.InMemoryScheduleRepository;
import org.igkit.retention.port.RecordImporter;
import org.igkit.retention.port.RecordRepository;
import org.igkit.retention.port.RetentionPorts;
import org.igkit.retention.record.ImportResult;
import org.igkit.retention.record.ImportedBatch;
import org.igkit.retention.record.RetainedRecord;
import org.igkit.retention.rule.RecordFacts;
import org.igkit.retention.schedule.EntryRef;
import org.igkit.retention.schedule.SampleSchedules;

/**
 * Issue 20, defect 6: a run killed between a batch's commit and its {@code records.import-batch} entry is repaired
 * by the rerun, and no batch is audited twice. The kill is an audit log or an importer that fails at a chosen point.
 */
class RecordImportBatchAuditTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-05-09T08:00:00Z"), ZoneOffset.UTC);
    private static final int ROWS = 7;
    private static final int BATCH_SIZE = 2;

    private KillableAuditLog audit;
    private RecordRepository records;
    private JournallingImporter importer;
    private RecordImports imports;
    private EntryRef personalFile;

    @BeforeEach
    void setUp() {
        audit = new KillableAuditLog(InMemoryAuditLog.create());
        records = InMemoryRecordRepository.create();
        RetentionPorts ports = RetentionPorts.of(records, InMemoryScheduleRepository.create(),
                InMemoryLegalHoldRepository.create(), InMemoryDisposalBatchRepository.create(), audit);
        personalFile = RetentionRegister.over(ports, RetentionCalculator.ukDefaults(), CLOCK)
                .uploadSchedule(SampleSchedules.council(), "records-manager").refOf("HR-1");
        importer = new JournallingImporter(RecordImporter.savingEach(records));
        imports = RecordImports.over(ports, importer, RetentionCalculator.ukDefaults(), CLOCK);
    }

    private Stream<RetainedRecord> rows() {
        return IntStream.rangeClosed(1, ROWS).mapToObj(i -> imports.newRecord("E-" + i, personalFile,
                RecordFacts.none().withDate("employmentEnded", LocalDate.of(2018, 3, 31)), imports.today()));
    }

    private List<AuditEntry> batchEntries() {
        return audit.forSubject(RecordImports.AUDIT_SUBJECT, "hr-1").stream()
                .filter(e -> e.event().action().equals(RecordImports.BATCH)).collect(Collectors.toList());
    }

    /** Each stored record is inside exactly one audited batch, and no batch number has two entries. */
    private void assertEveryStoredRowAuditedOnce() {
        List<AuditEntry> entries = batchEntries();
        assertThat(entries).extracting(e -> e.event().details().get("batch")).doesNotHaveDuplicates();
        for (int i = 1; i <= ROWS; i++) {
            String id = "E-" + i;
            if (records.find(id).isEmpty()) {
                continue;
            }
            long covering = entries.stream().filter(e -> covers(e, id)).count();
            assertThat(covering).as("batch entries covering %s", id).isEqualTo(1);
        }
    }

    private static boolean covers(AuditEntry entry, String id) {
        int n = Integer.parseInt(id.substring(2));
        int first = Integer.parseInt(entry.event().details().get("firstRecordId").substring(2));
        int last = Integer.parseInt(entry.event().details().get("lastRecordId").substring(2));
        return first <= n && n <= last;
    }

    @Test
    @DisplayName("Every committed batch gets one records.import-batch entry with its rows, then records.imported")
    void everyBatchIsAudited() {
        ImportResult result = imports.importRecords(rows(), "hr-1", BATCH_SIZE, "csv", "hr-system");

        assertThat(result.batchesCommitted()).isEqualTo(4);
        assertThat(batchEntries()).extracting(e -> e.event().details().get("firstRecordId") + ".."
                        + e.event().details().get("lastRecordId"))
                .containsExactly("E-1..E-2", "E-3..E-4", "E-5..E-6", "E-7..E-7");
        assertThat(batchEntries()).allSatisfy(e -> assertThat(e.event().actor()).isEqualTo("hr-system"));
        assertEveryStoredRowAuditedOnce();
    }

    @ParameterizedTest(name = "killed as batch entry {0} is appended")
    @ValueSource(ints = {1, 2, 3, 4})
    @DisplayName("A run killed after a batch's commit and before its entry is repaired by the rerun, once")
    void aKillBeforeTheEntryIsRepaired(int entry) {
        audit.failOnBatchEntry(entry);
        assertThatThrownBy(() -> imports.importRecords(rows(), "hr-1", BATCH_SIZE, "csv", "hr-system"))
                .isInstanceOf(Killed.class);
        assertThat(batchEntries()).hasSize(entry - 1);
        assertThat(records.find("E-" + (2 * entry - 1))).as("the batch was committed before the kill").isPresent();

        audit.failOnBatchEntry(0);
        imports.importRecords(rows(), "hr-1", BATCH_SIZE, "csv", "hr-system");

        assertThat(batchEntries()).hasSize(4);
        assertThat(batchEntries().get(entry - 1).event().details()).containsEntry("batch", String.valueOf(entry))
                .containsEntry("committedBy", "an earlier run");
        assertEveryStoredRowAuditedOnce();
    }

    @ParameterizedTest(name = "killed after batch {0} is committed, before the store reports it")
    @ValueSource(ints = {1, 2, 3})
    @DisplayName("A run killed inside the store after a commit is repaired by the rerun; a second rerun adds nothing")
    void aKillInsideTheStoreIsRepaired(int batch) {
        importer.killAfterCommitting(batch);
        assertThatThrownBy(() -> imports.importRecords(rows(), "hr-1", BATCH_SIZE, "csv", "hr-system"))
                .isInstanceOf(Killed.class);
        assertThat(batchEntries()).hasSize(batch - 1);

        importer.killAfterCommitting(0);
        imports.importRecords(rows(), "hr-1", BATCH_SIZE, "csv", "hr-system");
        imports.importRecords(rows(), "hr-1", BATCH_SIZE, "csv", "hr-system");

        assertThat(batchEntries()).hasSize(4);
        assertEveryStoredRowAuditedOnce();
    }

    @Test
    @DisplayName("Over ports with no journal, a rerun re-writes every batch but audits none of them again")
    void aRerunWithoutAJournalAuditsNothingTwice() {
        RecordImports plain = RecordImports.savingEach(RetentionPorts.of(records, InMemoryScheduleRepository.create(),
                InMemoryLegalHoldRepository.create(), InMemoryDisposalBatchRepository.create(), audit),
                RetentionCalculator.ukDefaults(), CLOCK);
        plain.importRecords(rows(), "hr-1", BATCH_SIZE, "csv", "hr-system");
        plain.importRecords(rows(), "hr-1", BATCH_SIZE, "csv", "hr-system");

        assertThat(batchEntries()).hasSize(4);
        assertEveryStoredRowAuditedOnce();
    }

    /** Stands for the process being killed. */
    private static final class Killed extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Killed(String where) {
            super("killed " + where);
        }
    }

    /**
     * The in-memory importer with a journal, as the SQLite store keeps one: a rerun under the same import id reports
     * the batches committed before as committed earlier. It can be killed right after a batch's commit.
     */
    private static final class JournallingImporter implements RecordImporter {
        private final RecordImporter saving;
        private final Map<String, Set<Long>> journal = new HashMap<>();
        private int killAfter;

        JournallingImporter(RecordImporter saving) {
            this.saving = saving;
        }

        void killAfterCommitting(int batch) {
            killAfter = batch;
        }

        @Override
        public ImportResult importRecords(Stream<RetainedRecord> rows, String importId, int batchSize,
                                          Consumer<ImportedBatch> batchCommitted) {
            Set<Long> committed = journal.computeIfAbsent(importId, id -> new HashSet<>());
            return saving.importRecords(rows, importId, batchSize, batch -> {
                if (committed.contains(batch.batchNumber())) {
                    batchCommitted.accept(ImportedBatch.committedEarlier(batch.batchNumber(), batch.rowsRead(),
                            batch.firstRecordId(), batch.lastRecordId()));
                    return;
                }
                committed.add(batch.batchNumber());
                if (batch.batchNumber() == killAfter) {
                    throw new Killed("after committing batch " + killAfter);
                }
                batchCommitted.accept(batch);
            });
        }
    }

    /** An audit log that fails, as a kill would, when the chosen {@code records.import-batch} entry is appended. */
    private static final class KillableAuditLog extends ForwardingAuditLog {
        private int failOn;
        private int batchEntries;

        KillableAuditLog(AuditLog log) {
            super(log);
        }

        void failOnBatchEntry(int entry) {
            failOn = entry;
            batchEntries = 0;
        }

        @Override
        public AuditEntry append(AuditEvent event) {
            if (event.action().equals(RecordImports.BATCH) && ++batchEntries == failOn) {
                throw new Killed("before appending batch entry " + failOn);
            }
            return super.append(event);
        }

    }
}
