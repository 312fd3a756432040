package org.igkit.retention.register;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.igkit.core.audit.AuditEntry;
import org.igkit.core.error.ValidationException;
import org.igkit.core.memory.InMemoryAuditLog;
import org.igkit.retention.calculation.RetentionCalculator;
import org.igkit.retention.memory.InMemoryDisposalBatchRepository;
import org.igkit.retention.memory.InMemoryLegalHoldRepository;
import org.igkit.retention.memory.InMemoryRecordRepository;
import org.igkit.retention.memory.InMemoryScheduleRepository;
import org.igkit.retention.port.RetentionPorts;
import org.igkit.retention.record.ImportResult;
import org.igkit.retention.record.RetainedRecord;
import org.igkit.retention.rule.RecordFacts;
import org.igkit.retention.schedule.EntryRef;
import org.igkit.retention.schedule.SampleSchedules;
import org.igkit.retention.schedule.Schedule;

/** The record import: rows computed as filing computes them, batches written, and the run audited. */
class RecordImportsTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-05-09T08:00:00Z"), ZoneOffset.UTC);

    private InMemoryAuditLog audit;
    private InMemoryRecordRepository records;
    private RecordImports imports;
    private EntryRef personalFile;

    @BeforeEach
    void setUp() {
        audit = InMemoryAuditLog.create();
        records = InMemoryRecordRepository.create();
        RetentionPorts ports = RetentionPorts.of(records, InMemoryScheduleRepository.create(),
                InMemoryLegalHoldRepository.create(), InMemoryDisposalBatchRepository.create(), audit);
        Schedule schedule = RetentionRegister.over(ports, RetentionCalculator.ukDefaults(), CLOCK)
                .uploadSchedule(SampleSchedules.council(), "records-manager");
        personalFile = schedule.refOf("HR-1");
        imports = RecordImports.savingEach(ports, RetentionCalculator.ukDefaults(), CLOCK);
    }

    private RetainedRecord leaver(String id, int year) {
        return imports.newRecord(id, personalFile,
                RecordFacts.none().withDate("employmentEnded", LocalDate.of(year, 3, 31)), imports.today());
    }

    @Test
    @DisplayName("An import stores each row with its due date and audits records.imported with its counts")
    void importsAndAudits() {
        ImportResult result = imports.importRecords(Stream.of(leaver("E-1", 2018), leaver("E-2", 2019)), "hr-1", 1,
                "csv", "hr-system");

        assertThat(result).isEqualTo(new ImportResult("hr-1", 2, 2, 2, 0));
        assertThat(records.find("E-1").orElseThrow().dueDate()).isEqualTo(LocalDate.of(2024, 3, 31));
        List<AuditEntry> entries = audit.forSubject(RecordImports.AUDIT_SUBJECT, "hr-1");
        assertThat(entries).extracting(e -> e.event().action())
                .containsExactly(RecordImports.BATCH, RecordImports.BATCH, RecordImports.IMPORTED);
        assertThat(entries.get(1).event().details()).containsEntry("batch", "2").containsEntry("rowsRead", "1")
                .containsEntry("rowsAdded", "1").containsEntry("firstRecordId", "E-2")
                .containsEntry("lastRecordId", "E-2").containsEntry("committedBy", "this run");
        AuditEntry imported = entries.get(2);
        assertThat(imported.event().actor()).isEqualTo("hr-system");
        assertThat(imported.event().details()).containsEntry("rowsAdded", "2").containsEntry("format", "csv");
    }

    @Test
    @DisplayName("A row naming no entry in force is refused at entry; a stop after a committed batch is audited")
    void aRefusedRowStopsTheImport() {
        assertThatThrownBy(() -> imports.newRecord("E-9", EntryRef.of(personalFile.scheduleId(), "NOPE"),
                RecordFacts.none(), imports.today()))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .extracting(v -> v.path()).containsExactly("entry"));

        Stream<RetainedRecord> rows = Stream.of("E-1", "E-2").map(id -> {
            if (id.equals("E-2")) {
                throw new ValidationException("lines[3].facts.employmentEnded", "must be a date", "soon");
            }
            return leaver(id, 2018);
        });
        assertThatThrownBy(() -> imports.importRecords(rows, "hr-2", 1, "ndjson", "hr-system"))
                .isInstanceOfSatisfying(ImportStoppedException.class, e -> {
                    assertThat(e.batchesCommitted()).isEqualTo(1);
                    assertThat(e.violations()).extracting(v -> v.path()).containsExactly("lines[3].facts.employmentEnded");
                });
        assertThat(records.find("E-1")).as("the committed batch stays").isPresent();
        List<AuditEntry> entries = audit.forSubject(RecordImports.AUDIT_SUBJECT, "hr-2");
        assertThat(entries).extracting(e -> e.event().action()).containsExactly(RecordImports.BATCH, RecordImports.STOPPED);
        assertThat(entries.get(1))
                .satisfies(e -> assertThat(e.event().details()).containsEntry("batchesCommitted", "1")
                        .containsEntry("firstError", "lines[3].facts.employmentEnded"))
                .extracting(e -> e.event().action()).isEqualTo(RecordImports.STOPPED);
    }
}
