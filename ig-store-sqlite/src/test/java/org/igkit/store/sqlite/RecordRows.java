package org.igkit.store.sqlite;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.LongStream;
import java.util.stream.Stream;

import org.igkit.retention.calculation.Status;
import org.igkit.retention.record.RetainedRecord;
import org.igkit.retention.rule.RecordFacts;
import org.igkit.retention.schedule.EntryRef;

/**
 * Retained records for the store's import, crash and concurrency tests: ids {@code R0000000}, {@code R0000001},
 * ... (zero-padded, so id order is input order), each with a closing date and the due date six years on, as an
 * "end of employment + 6 years" entry would compute it.
 */
final class RecordRows {
    static final EntryRef ENTRY = EntryRef.of("council", "HR-4.2");
    static final LocalDate COMPUTED_ON = LocalDate.of(2026, 11, 21);

    private RecordRows() {
    }

    static String idOf(long index) {
        return String.format("R%07d", index);
    }

    /** Record {@code index}: closed on one of 3,650 consecutive days, due six years later. */
    static RetainedRecord record(long index) {
        LocalDate closed = LocalDate.of(2015, 1, 1).plusDays(index % 3_650);
        LocalDate due = closed.plusYears(6);
        return new RetainedRecord(idOf(index), ENTRY, RecordFacts.none().withDate("closed", closed), List.of(), due,
                due.isAfter(COMPUTED_ON) ? Status.NOT_YET_DUE : Status.DUE, COMPUTED_ON, null, 0);
    }

    /** Records {@code 0} to {@code count - 1}. */
    static Stream<RetainedRecord> records(long count) {
        return LongStream.range(0, count).mapToObj(RecordRows::record);
    }
}
