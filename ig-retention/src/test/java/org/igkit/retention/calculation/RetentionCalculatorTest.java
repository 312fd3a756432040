package org.igkit.retention.calculation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.igkit.retention.calculation.RetentionAssert.assertThatEntry;
import static org.igkit.retention.calculation.RetentionAssert.assertThatRule;

import java.time.LocalDate;
import java.util.List;

import org.igkit.core.error.ValidationException;
import org.igkit.retention.hold.LegalHold;
import org.igkit.retention.review.Review;
import org.igkit.retention.rule.Offset;
import org.igkit.retention.rule.RecordFacts;
import org.igkit.retention.rule.RuleText;
import org.igkit.retention.schedule.AuthorityStatus;
import org.igkit.retention.schedule.DisposalAction;
import org.igkit.retention.schedule.ScheduleEntry;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Statuses, holds, reviews and authority (spec 3.7 to 3.9). */
class RetentionCalculatorTest {
    private static final LegalHold LITIGATION = LegalHold.of("H1", "Smith v Council", LocalDate.of(2025, 1, 10), null);

    @Test
    void aRecordPastItsDueDateIsDueAndEligible() {
        RetentionResult r = assertThatRule("closed + 6y").with("closed", "2019-03-01").asOf("2026-05-09").isDueOn("2025-03-01");
        assertThat(r.status()).isEqualTo(Status.DUE);
        assertThat(r.eligibleNow()).isTrue();
        assertThat(r.blockedByHold()).isFalse();
        assertThat(r.action()).isEqualTo(DisposalAction.SECURE_DESTROY);
        assertThat(r.explanation().steps()).isNotEmpty();
    }

    @Test
    @DisplayName("Spec 3.2: the due date is the first day the action may be taken, so it is eligible on that very day")
    void eligibleOnTheDueDateItself() {
        assertThat(assertThatRule("closed + 6y").with("closed", "2020-05-09").asOf("2026-05-09").result().status())
                .isEqualTo(Status.DUE);
        assertThat(assertThatRule("closed + 6y").with("closed", "2020-05-09").asOf("2026-05-08").result().status())
                .isEqualTo(Status.NOT_YET_DUE);
    }

    @Test
    @DisplayName("Spec 3.2 option: the strict reading makes every due date one day later, on the day after")
    void theDayAfterConvention() {
        assertThatRule("closed + 6y").with("closed", "2020-05-09")
                .under(org.igkit.retention.rule.RetentionCalendar.ukDefaults()
                        .withDueDateConvention(org.igkit.retention.rule.DueDateConvention.DAY_AFTER))
                .isDueOn("2026-05-10");
    }

    @Test
    @DisplayName("Spec 3.8: a hold in force blocks a due record and leaves its date alone")
    void aHoldBlocksButNeverMovesTheDate() {
        RetentionResult r = assertThatRule("closed + 6y").with("closed", "2019-03-01").held(LITIGATION).isDueOn("2025-03-01");
        assertThat(r.status()).isEqualTo(Status.HELD);
        assertThat(r.blockedByHold()).isTrue();
        assertThat(r.eligibleNow()).isFalse();
        assertThat(r.holdsInForce()).containsExactly(LITIGATION);
        assertThat(r.explanation().toString()).contains("never moves the due date");
    }

    @Test
    @DisplayName("Spec 3.8: a hold on a record not yet due blocks nothing yet but is shown")
    void aHoldOnARecordNotYetDueIsShown() {
        RetentionResult r = assertThatRule("closed + 6y").with("closed", "2024-03-01").held(LITIGATION).isDueOn("2030-03-01");
        assertThat(r.status()).isEqualTo(Status.NOT_YET_DUE);
        assertThat(r.blockedByHold()).isFalse();
        assertThat(r.holdsInForce()).containsExactly(LITIGATION);
    }

    @Test
    @DisplayName("Spec 7.10: a release takes effect on its date; a hold placed after the as-of date is not yet in force")
    void holdIntervalsAreHalfOpen() {
        LegalHold released = LegalHold.of("H2", "settled", LocalDate.of(2025, 1, 10), LocalDate.of(2026, 5, 9));
        assertThat(assertThatRule("closed + 6y").with("closed", "2019-03-01").held(released).result().status()).isEqualTo(Status.DUE);
        assertThat(assertThatRule("closed + 6y").with("closed", "2019-03-01").held(released).asOf("2026-05-08").result().status())
                .isEqualTo(Status.HELD);
        LegalHold future = LegalHold.of("H3", "expected claim", LocalDate.of(2026, 5, 10), null);
        assertThat(assertThatRule("closed + 6y").with("closed", "2019-03-01").held(future).result().status()).isEqualTo(Status.DUE);
    }

    @Test
    @DisplayName("Spec 3.9: the latest review applies and extends (EXTEND from the review date, EXTEND_UNTIL a date)")
    void reviewsExtend() {
        RetentionResult r = assertThatRule("lastSeen + 8y").with("lastSeen", "2016-01-01")
                .reviewed(Review.extend(LocalDate.of(2024, 2, 1), Offset.ofYears(5), "research value"))
                .isDueOn("2029-02-01");
        assertThat(r.status()).isEqualTo(Status.NOT_YET_DUE);
        assertThat(r.explanation().toString()).contains("research value").contains("only extends");
        assertThatRule("lastSeen + 8y").with("lastSeen", "2016-01-01")
                .reviewed(Review.extend(LocalDate.of(2024, 2, 1), Offset.ofYears(5), "first"))
                .reviewed(Review.extendUntil(LocalDate.of(2025, 2, 1), LocalDate.of(2027, 1, 1), "second, latest"))
                .isDueOn("2027-01-01");
    }

    @Test
    @DisplayName("Spec 3.9: a review can never bring disposal before the schedule's minimum")
    void reviewsNeverShorten() {
        assertThatRule("lastSeen + 8y").with("lastSeen", "2020-01-01")
                .reviewed(Review.extendUntil(LocalDate.of(2021, 1, 1), LocalDate.of(2022, 1, 1), "tidy up")).isDueOn("2028-01-01");
        RetentionResult dispose = assertThatRule("lastSeen + 8y").with("lastSeen", "2020-01-01")
                .reviewed(Review.dispose(LocalDate.of(2021, 1, 1), "no longer needed")).isDueOn("2028-01-01");
        assertThat(dispose.action()).isEqualTo(DisposalAction.SECURE_DESTROY);
    }

    @Test
    void aReviewAfterTheAsOfDateDoesNotApplyYet() {
        assertThatRule("lastSeen + 8y").with("lastSeen", "2010-01-01")
                .reviewed(Review.extend(LocalDate.of(2027, 1, 1), Offset.ofYears(5), "later decision")).isDueOn("2018-01-01");
    }

    @Test
    @DisplayName("A REVIEW entry: the review decides the next action (dispose, transfer to archives)")
    void reviewDecidesTheNextAction() {
        ScheduleEntry review = ScheduleEntry.of("N1", "Adult health records", RuleText.parse("lastSeen + 8y"), DisposalAction.REVIEW);
        RetentionResult disposed = assertThatEntry(review).with("lastSeen", "2010-01-01")
                .reviewed(Review.dispose(LocalDate.of(2019, 1, 1), "appraised: no further value")).isDueOn("2019-01-01");
        assertThat(disposed.action()).isEqualTo(DisposalAction.DESTROY);
        RetentionResult archived = assertThatEntry(review).with("lastSeen", "2010-01-01")
                .reviewed(Review.transferToArchives(LocalDate.of(2019, 1, 1), "historical value")).isDueOn("2019-01-01");
        assertThat(archived.action()).isEqualTo(DisposalAction.TRANSFER_TO_ARCHIVES);
    }

    @Test
    @DisplayName("NARA D7: an entry whose disposal authority is pending is never eligible for destruction")
    void pendingAuthorityIsNeverEligibleForDestruction() {
        ScheduleEntry pending = ScheduleEntry.of("D7", "Unscheduled", RuleText.parse("created + 1y"), DisposalAction.DESTROY)
                .withAuthority(AuthorityStatus.PENDING);
        RetentionResult r = assertThatEntry(pending).with("created", "2020-01-01").isDueOn("2021-01-01");
        assertThat(r.status()).isEqualTo(Status.DUE);
        assertThat(r.eligibleNow()).isFalse();
        assertThat(r.explanation().toString()).contains("authority is pending");
        ScheduleEntry offer = ScheduleEntry.of("D7b", "Unscheduled", RuleText.parse("created + 1y"), DisposalAction.OFFER_TO_ARCHIVES)
                .withAuthority(AuthorityStatus.PENDING);
        assertThat(assertThatEntry(offer).with("created", "2020-01-01").result().eligibleNow()).isTrue();
    }

    @Test
    void aPendingResultListsTheFactsAndStillShowsHolds() {
        RetentionResult r = assertThatRule("later(employmentEnded + 6y, dateOfBirth + 70y)").held(LITIGATION)
                .isPendingFor("employmentEnded", "dateOfBirth");
        assertThat(r.holdsInForce()).containsExactly(LITIGATION);
        assertThat(r.explanation().toString()).contains("pending");
    }

    @Test
    void everyStepCitesTheEntrysCitations() {
        ScheduleEntry entry = org.igkit.retention.schedule.SampleSchedules.school().findEntry("S21", LocalDate.of(2026, 1, 1))
                .orElseThrow();
        RetentionResult r = assertThatEntry(entry).with("processed", "2012-06-15").isDueOn("2019-03-31");
        assertThat(r.explanation().steps()).allSatisfy(s -> assertThat(s.citations()).isNotEmpty());
    }

    @Test
    void anAdHocCalculationNeedsARuleAndAnActionAndReportsEveryMissingInput() {
        RetentionCalculator calculator = RetentionCalculator.ukDefaults();
        assertThatThrownBy(() -> calculator.calculate(null, null, RecordFacts.none(), List.of(), List.of(), LocalDate.now()))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations()).extracting(v -> v.path())
                        .containsExactly("rule", "action"));
        assertThat(calculator.calculate(RuleText.parse("d + 1y"), DisposalAction.DESTROY,
                RecordFacts.from(java.util.Map.of("d", LocalDate.of(2020, 1, 1), "lookedAfter", true)), List.of(), List.of(),
                LocalDate.of(2026, 1, 1)).eligibleNow()).isTrue();
    }
}
