package org.igkit.bench.store;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.LongStream;
import java.util.stream.Stream;

import org.igkit.retention.calculation.Status;
import org.igkit.retention.record.RetainedRecord;
import org.igkit.retention.rule.RecordFacts;
import org.igkit.retention.schedule.EntryRef;

/**
 * Records with due dates for the speed runs: ids {@code R000000000}, ... in order, each closed on one of 3,650
 * consecutive days from 2015 and due six years later, spread over eight schedule entries.
 */
final class SyntheticRecords {
    /** The as-of date of the stored computations. */
    static final LocalDate COMPUTED_ON = LocalDate.of(2026, 11, 21);

    private SyntheticRecords() {
    }

    static RetainedRecord record(long index) {
        LocalDate closed = LocalDate.of(2015, 1, 1).plusDays(index % 3_650);
        LocalDate due = closed.plusYears(6);
        return new RetainedRecord(String.format("R%09d", index), EntryRef.of("council", "HR-" + (index % 8)),
                RecordFacts.none().withDate("closed", closed), List.of(), due,
                due.isAfter(COMPUTED_ON) ? Status.NOT_YET_DUE : Status.DUE, COMPUTED_ON, null, 0);
    }

    static Stream<RetainedRecord> records(long count) {
        return LongStream.range(0, count).mapToObj(SyntheticRecords::record);
    }
}
