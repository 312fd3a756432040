package org.igkit.retention.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.LongStream;
import java.util.stream.Stream;

import org.igkit.retention.calculation.RetentionCalculator;
import org.igkit.retention.calculation.Status;
import org.igkit.retention.record.RetainedRecord;
import org.igkit.retention.rule.RecordFacts;
import org.igkit.retention.rule.RuleText;
import org.igkit.retention.schedule.EntryRef;
import org.igkit.retention.schedule.SampleSchedules;
import org.igkit.retention.schedule.Schedule;
import org.igkit.retention.schedule.ScheduleEntry;
import org.junit.jupiter.api.Test;

class BatchAndImpactTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 5, 9);
    private static final Schedule SCHOOL = SampleSchedules.school();
    private static final ScheduleEntry STAFF = SCHOOL.findEntry("S16", TODAY).orElseThrow();
    private static final EntryRef STAFF_REF = SCHOOL.refOf("S16");

    private static Stream<RetainedRecord> staff(long n) {
        return LongStream.range(0, n).mapToObj(i -> RetainedRecord.of("R-" + i, STAFF_REF, i % 10 == 0 ? RecordFacts.none()
                : RecordFacts.none().withDate("employmentEnded", LocalDate.of(2010, 1, 1).plusDays(i * 7 % 6000))));
    }

    @Test
    void aStreamIsSummarisedByStatus() {
        BatchEvaluation batch = BatchEvaluation.of(RetentionCalculator.ukDefaults(), ref -> STAFF, id -> List.of());
        BatchSummary summary = batch.summarise(staff(20_000), TODAY);
        assertThat(summary.total()).isEqualTo(20_000);
        assertThat(summary.count(Status.PENDING)).isEqualTo(2_000);
        assertThat(summary.count(Status.DUE) + summary.count(Status.NOT_YET_DUE)).isEqualTo(18_000);
        assertThat(summary.eligibleNow()).isEqualTo(summary.count(Status.DUE));
        assertThat(summary.earliestDue()).isBefore(TODAY).isAfterOrEqualTo(LocalDate.of(2016, 1, 1));
        assertThat(summary.latestDue()).isAfter(TODAY);
    }

    @Test
    void theImpactOfAProposedVersionIsCounted() {
        ScheduleEntry longer = STAFF.withRule(RuleText.parse("employmentEnded + 7y"));
        ImpactReport later = ImpactReport.of(RetentionCalculator.ukDefaults(), STAFF, longer, staff(1000), TODAY, 5);
        assertThat(later.total()).isEqualTo(1000);
        assertThat(later.later()).isEqualTo(900);
        assertThat(later.earlier()).isZero();
        assertThat(later.unchanged()).isEqualTo(100);

        ScheduleEntry shorter = STAFF.withRule(RuleText.parse("earlier(employmentEnded + 3y, dateOfBirth + 70y)"));
        ImpactReport earlier = ImpactReport.of(RetentionCalculator.ukDefaults(), STAFF, shorter, staff(1000), TODAY, 5);
        assertThat(earlier.earlier()).isEqualTo(900);
        assertThat(earlier.earlierExamples()).hasSize(5);
        assertThat(earlier.newlyDue()).isPositive();

        ScheduleEntry needsMore = STAFF.withRule(RuleText.parse("later(employmentEnded + 6y, dateOfBirth + 70y)"));
        ImpactReport pending = ImpactReport.of(RetentionCalculator.ukDefaults(), STAFF, needsMore, staff(1000), TODAY, 5);
        assertThat(pending.becomePending()).isEqualTo(900);
    }
}
