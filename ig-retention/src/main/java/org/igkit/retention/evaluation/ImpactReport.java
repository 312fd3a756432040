package org.igkit.retention.evaluation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

import org.igkit.retention.calculation.RetentionCalculator;
import org.igkit.retention.calculation.RetentionResult;
import org.igkit.retention.calculation.Status;
import org.igkit.retention.record.RetainedRecord;
import org.igkit.retention.schedule.ScheduleEntry;

/**
 * What a proposed new version of a schedule entry would do to the records it governs: how many move earlier,
 * later, stay, become PENDING, leave PENDING, become or stop being PERMANENT, and how many would become due on the
 * as-of date. Holds are left out (they never move a date). Built in one pass, keeping at most {@code sampleSize}
 * examples of records that move earlier (the change a records manager must check first).
 *
 * @param total            records compared
 * @param earlier          records whose due date moves earlier
 * @param later            records whose due date moves later
 * @param unchanged        records whose answer does not change
 * @param becomePending    dated or permanent now, PENDING under the proposal
 * @param leavePending     PENDING now, dated or permanent under the proposal
 * @param becomePermanent  dated or pending now, PERMANENT under the proposal
 * @param leavePermanent   PERMANENT now, dated or pending under the proposal
 * @param newlyDue         not due now, due on the as-of date under the proposal
 * @param earlierExamples  up to {@code sampleSize} record ids that move earlier
 */
public record ImpactReport(long total, long earlier, long later, long unchanged, long becomePending, long leavePending,
                           long becomePermanent, long leavePermanent, long newlyDue, List<String> earlierExamples) {
    public ImpactReport {
        earlierExamples = List.copyOf(earlierExamples);
    }

    /** Compares {@code current} with {@code proposed} for every record of the stream, on {@code asOf}. */
    public static ImpactReport of(RetentionCalculator calculator, ScheduleEntry current, ScheduleEntry proposed,
                                  Stream<RetainedRecord> records, LocalDate asOf, int sampleSize) {
        Objects.requireNonNull(current, "current");
        Objects.requireNonNull(proposed, "proposed");
        long[] n = new long[9];
        List<String> examples = new ArrayList<>();
        records.forEach(r -> {
            RetentionResult before = calculator.assess(current, r.facts(), List.of(), r.reviews(), asOf);
            RetentionResult after = calculator.assess(proposed, r.facts(), List.of(), r.reviews(), asOf);
            n[0]++;
            boolean pendingBefore = before.status() == Status.PENDING;
            boolean pendingAfter = after.status() == Status.PENDING;
            boolean permBefore = before.status() == Status.PERMANENT;
            boolean permAfter = after.status() == Status.PERMANENT;
            if (before.dueDate() != null && after.dueDate() != null) {
                int c = after.dueDate().compareTo(before.dueDate());
                if (c < 0) {
                    n[1]++;
                    if (examples.size() < sampleSize) {
                        examples.add(r.id());
                    }
                } else if (c > 0) {
                    n[2]++;
                } else {
                    n[3]++;
                }
            } else if (before.status() == after.status()) {
                n[3]++;
            }
            if (!pendingBefore && pendingAfter) {
                n[4]++;
            }
            if (pendingBefore && !pendingAfter) {
                n[5]++;
            }
            if (!permBefore && permAfter) {
                n[6]++;
            }
            if (permBefore && !permAfter) {
                n[7]++;
            }
            if (!before.isDue() && after.isDue()) {
                n[8]++;
            }
        });
        return new ImpactReport(n[0], n[1], n[2], n[3], n[4], n[5], n[6], n[7], n[8], examples);
    }
}
