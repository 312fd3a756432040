package org.igkit.retention.register;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

import org.igkit.core.IdRule;
import org.igkit.core.audit.AuditEntry;
import org.igkit.core.audit.AuditEvent;
import org.igkit.core.error.ConflictException;
import org.igkit.core.error.ValidationException;
import org.igkit.core.port.AuditLog;
import org.igkit.retention.calculation.RetentionCalculator;
import org.igkit.retention.calculation.RetentionResult;
import org.igkit.retention.port.RecordImporter;
import org.igkit.retention.port.RetentionPorts;
import org.igkit.retention.port.ScheduleRepository;
import org.igkit.retention.record.ImportResult;
import org.igkit.retention.record.ImportedBatch;
import org.igkit.retention.record.RetainedRecord;
import org.igkit.retention.rule.RecordFacts;
import org.igkit.retention.schedule.EntryRef;
import org.igkit.retention.schedule.ScheduleEntry;

/**
 * Files many records at once through the store's {@link RecordImporter}, in batches, idempotently under an import
 * id, and audits the run: {@value #BATCH} for every committed batch with its rows, {@value #IMPORTED} when it ends,
 * {@value #STOPPED} when a refused row stops it after batches were committed (a refusal that wrote nothing changed
 * nothing and is not audited).
 *
 * <p>A batch's entry is appended inside the store's unit of work that writes the batch (the importer tells the
 * service of each batch there), so a batch and its entry commit together or not at all. Batches committed by a
 * release that audited them afterwards may still lack their entry; the rerun under the same import id repairs
 * that: the store reports the batches an earlier run committed, and any of them with no {@value #BATCH} entry under
 * the import gets one then. A batch already audited is never audited again.
 */
public final class RecordImports {
    /** The audit action of a finished import. */
    public static final String IMPORTED = "records.imported";
    /** The audit action of an import stopped by a refused row after some batches were committed. */
    public static final String STOPPED = "records.import-stopped";
    /** The audit action of one committed batch of an import. */
    public static final String BATCH = "records.import-batch";
    /** The audit subject type of an import. */
    public static final String AUDIT_SUBJECT = "import";

    private final ScheduleRepository schedules;
    private final AuditLog audit;
    private final RecordImporter importer;
    private final RetentionCalculator calculator;
    private final Clock clock;
    /** Import ids being imported now: a second run of one id must wait, as both would write its first batch. */
    private final Set<String> running = ConcurrentHashMap.newKeySet();

    private RecordImports(ScheduleRepository schedules, AuditLog audit, RecordImporter importer,
                          RetentionCalculator calculator, Clock clock) {
        this.schedules = Objects.requireNonNull(schedules, "schedules");
        this.audit = Objects.requireNonNull(audit, "audit");
        this.importer = Objects.requireNonNull(importer, "importer");
        this.calculator = Objects.requireNonNull(calculator, "calculator");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * Imports over the retention ports, writing through {@code importer} (the store's bulk path, or
     * {@link RecordImporter#savingEach} over {@code ports.records()}).
     */
    public static RecordImports over(RetentionPorts ports, RecordImporter importer, RetentionCalculator calculator,
                                     Clock clock) {
        Objects.requireNonNull(ports, "ports");
        return new RecordImports(ports.schedules(), ports.audit(), importer, calculator, clock);
    }

    /** Imports over the ports, saving record by record: for ports that have no bulk path. */
    public static RecordImports savingEach(RetentionPorts ports, RetentionCalculator calculator, Clock clock) {
        Objects.requireNonNull(ports, "ports");
        return over(ports, RecordImporter.savingEach(ports.records(), ports.unitOfWork()), calculator, clock);
    }

    /** The date the rows of an import started now are computed for. */
    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /**
     * A new record of an import, its due date and status computed on {@code today} as
     * {@link RetentionRegister#file} computes them.
     *
     * @throws ValidationException at {@code entry} when no version of the entry is in force on {@code today}, or
     *                             naming the facts that do not fit the entry
     */
    public RetainedRecord newRecord(String recordId, EntryRef entry, RecordFacts facts, LocalDate today) {
        IdRule.require("id", recordId);
        Objects.requireNonNull(entry, "entry");
        ScheduleEntry inForce = schedules.findEntry(entry, today).orElseThrow(() -> new ValidationException("entry",
                "names no entry of schedule '" + entry.scheduleId() + "' in force on " + today, entry.entryId()));
        RetentionResult result = calculator.assess(inForce, facts, List.of(), List.of(), today);
        return RetainedRecord.of(recordId, entry, facts).withResult(result, today);
    }

    /**
     * Adds the records of {@code rows} not stored yet, {@code batchSize} at a time, and audits {@value #IMPORTED}
     * by {@code actor}. The stream is read lazily; a {@link ValidationException} it throws stops the import before
     * the batch it was gathering is written.
     *
     * @param format how the input was written ({@code csv}, {@code ndjson}), for the audit trail
     * @throws ImportStoppedException when a row is refused: its violations and the batches committed before it,
     *                                {@value #STOPPED} audited if there were any
     * @throws ConflictException      when an import under {@code importId} is running already
     */
    public ImportResult importRecords(Stream<RetainedRecord> rows, String importId, int batchSize, String format,
                                      String actor) {
        Objects.requireNonNull(rows, "rows");
        Objects.requireNonNull(importId, "importId");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(actor, "actor");
        if (!running.add(importId)) {
            throw new ConflictException(ConflictException.Reason.INVALID_STATE, "import '" + importId
                    + "' is running already; rerun it with the same importId once that run has answered");
        }
        AtomicLong batchesDone = new AtomicLong();
        try (rows) {
            Set<Long> audited = batchesAudited(importId);
            ImportResult result = importer.importRecords(rows, importId, batchSize, batch -> {
                // inside the batch's unit, which may run again after a transient failure: decide from what was
                // audited before this run only, so a retried batch is audited again with its rows
                if (!audited.contains(batch.batchNumber())) {
                    auditBatch(importId, batch, format, actor);
                }
                batchesDone.set(batch.batchNumber());
            });
            audit.append(AuditEvent.of(actor, IMPORTED, clock.instant(), AUDIT_SUBJECT, importId)
                    .withDetail("format", format)
                    .withDetail("rowsRead", String.valueOf(result.rowsRead()))
                    .withDetail("rowsAdded", String.valueOf(result.rowsAdded()))
                    .withDetail("batchesCommitted", String.valueOf(result.batchesCommitted()))
                    .withDetail("batchesSkipped", String.valueOf(result.batchesSkipped())));
            return result;
        } catch (ValidationException refused) {
            long batches = batchesDone.get();
            if (batches > 0) {
                audit.append(AuditEvent.of(actor, STOPPED, clock.instant(), AUDIT_SUBJECT, importId)
                        .withDetail("format", format)
                        .withDetail("batchesCommitted", String.valueOf(batches))
                        .withDetail("firstError", refused.violations().get(0).path()));
            }
            throw new ImportStoppedException(importId, batches, refused);
        } finally {
            running.remove(importId);
        }
    }

    /** The numbers of the batches of {@code importId} that have a {@value #BATCH} entry already. */
    private Set<Long> batchesAudited(String importId) {
        Set<Long> numbers = new HashSet<>();
        for (AuditEntry entry : audit.forSubject(AUDIT_SUBJECT, importId)) {
            if (entry.event().action().equals(BATCH)) {
                String number = entry.event().details().get("batch");
                if (number != null) {
                    numbers.add(Long.valueOf(number));
                }
            }
        }
        return numbers;
    }

    private void auditBatch(String importId, ImportedBatch batch, String format, String actor) {
        audit.append(AuditEvent.of(actor, BATCH, clock.instant(), AUDIT_SUBJECT, importId)
                .withDetail("format", format)
                .withDetail("batch", String.valueOf(batch.batchNumber()))
                .withDetail("rowsRead", String.valueOf(batch.rowsRead()))
                .withDetail("rowsAdded", String.valueOf(batch.rowsAdded()))
                .withDetail("firstRecordId", batch.firstRecordId())
                .withDetail("lastRecordId", batch.lastRecordId())
                // a batch audited by the rerun that found it committed and unaudited: its rows were added then
                .withDetail("committedBy", batch.committedEarlier() ? "an earlier run" : "this run"));
    }
}
