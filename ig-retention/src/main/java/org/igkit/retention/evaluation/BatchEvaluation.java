package org.igkit.retention.evaluation;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Stream;

import org.igkit.retention.calculation.RetentionCalculator;
import org.igkit.retention.calculation.RetentionResult;
import org.igkit.retention.calculation.Status;
import org.igkit.retention.hold.LegalHold;
import org.igkit.retention.record.RetainedRecord;
import org.igkit.retention.schedule.EntryRef;
import org.igkit.retention.schedule.ScheduleEntry;

/**
 * Evaluates a stream of records lazily, one at a time, holding nothing but counters: a 10-million-record export
 * runs in the same heap as ten records. Results carry no explanation text (use the calculator for one record).
 */
public final class BatchEvaluation {
    private final RetentionCalculator calculator;
    private final Function<EntryRef, ScheduleEntry> entries;
    private final Function<String, List<LegalHold>> holdsOfRecord;

    private BatchEvaluation(RetentionCalculator calculator, Function<EntryRef, ScheduleEntry> entries,
                            Function<String, List<LegalHold>> holdsOfRecord) {
        this.calculator = Objects.requireNonNull(calculator, "calculator");
        this.entries = Objects.requireNonNull(entries, "entries");
        this.holdsOfRecord = Objects.requireNonNull(holdsOfRecord, "holdsOfRecord");
    }

    /**
     * A batch over entries looked up by reference (e.g. {@code ref -> schedule.findEntry(ref.entryId(), asOf)
     * .orElseThrow()}, ideally cached) and holds looked up by record id.
     */
    public static BatchEvaluation of(RetentionCalculator calculator, Function<EntryRef, ScheduleEntry> entries,
                                     Function<String, List<LegalHold>> holdsOfRecord) {
        return new BatchEvaluation(calculator, entries, holdsOfRecord);
    }

    /** Each record with its answer on {@code asOf}, lazily, in stream order. */
    public Stream<RecordResult> evaluate(Stream<RetainedRecord> records, LocalDate asOf) {
        Objects.requireNonNull(asOf, "asOf");
        return records.map(r -> new RecordResult(r, calculator.assess(entries.apply(r.entry()), r.facts(),
                holdsOfRecord.apply(r.id()), r.reviews(), asOf)));
    }

    /** Counts by status over the stream, in constant memory. */
    public BatchSummary summarise(Stream<RetainedRecord> records, LocalDate asOf) {
        long[] counts = new long[Status.values().length];
        long[] totals = new long[2];
        LocalDate[] range = new LocalDate[2];
        evaluate(records, asOf).forEach(rr -> {
            RetentionResult r = rr.result();
            counts[r.status().ordinal()]++;
            totals[0]++;
            if (r.eligibleNow()) {
                totals[1]++;
            }
            LocalDate due = r.dueDate();
            if (due != null) {
                if (range[0] == null || due.isBefore(range[0])) {
                    range[0] = due;
                }
                if (range[1] == null || due.isAfter(range[1])) {
                    range[1] = due;
                }
            }
        });
        Map<Status, Long> byStatus = new EnumMap<>(Status.class);
        for (Status s : Status.values()) {
            byStatus.put(s, counts[s.ordinal()]);
        }
        return new BatchSummary(totals[0], byStatus, totals[1], range[0], range[1]);
    }

    /** A record and its answer. */
    public record RecordResult(RetainedRecord record, RetentionResult result) {
        public RecordResult {
            Objects.requireNonNull(record, "record");
            Objects.requireNonNull(result, "result");
        }
    }
}
