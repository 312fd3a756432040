package org.igkit.retention.calculation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.igkit.retention.hold.LegalHold;
import org.igkit.retention.review.Review;
import org.igkit.retention.rule.LeapDayPolicy;
import org.igkit.retention.rule.RecordFacts;
import org.igkit.retention.rule.RetentionCalendar;
import org.igkit.retention.rule.RuleText;
import org.igkit.retention.schedule.DisposalAction;
import org.igkit.retention.schedule.ScheduleEntry;

/** A fluent helper: {@code assertThatRule("CFY(processed) + 6y").with("processed", "2012-06-15").isDueOn("2019-03-31")}. */
public final class RetentionAssert {
    private final ScheduleEntry entry;
    private RecordFacts facts = RecordFacts.none();
    private RetentionCalendar calendar = RetentionCalendar.ukDefaults();
    private final List<LegalHold> holds = new ArrayList<>();
    private final List<Review> reviews = new ArrayList<>();
    private LocalDate asOf = LocalDate.of(2026, 5, 9);

    private RetentionAssert(ScheduleEntry entry) {
        this.entry = entry;
    }

    /** Starts with a rule in shorthand and the action SECURE_DESTROY. */
    public static RetentionAssert assertThatRule(String ruleText) {
        return new RetentionAssert(ScheduleEntry.adHoc(RuleText.parse(ruleText), DisposalAction.SECURE_DESTROY));
    }

    /** Starts with a schedule entry. */
    public static RetentionAssert assertThatEntry(ScheduleEntry entry) {
        return new RetentionAssert(entry);
    }

    /** Adds a date fact. */
    public RetentionAssert with(String fact, String isoDate) {
        facts = facts.withDate(fact, LocalDate.parse(isoDate));
        return this;
    }

    /** Adds a flag. */
    public RetentionAssert withFlag(String fact, boolean value) {
        facts = facts.withFlag(fact, value);
        return this;
    }

    /** Uses a leap-day policy. */
    public RetentionAssert under(LeapDayPolicy policy) {
        calendar = calendar.withLeapDayPolicy(policy);
        return this;
    }

    /** Uses settings. */
    public RetentionAssert under(RetentionCalendar settings) {
        calendar = settings;
        return this;
    }

    /** Adds a hold. */
    public RetentionAssert held(LegalHold hold) {
        holds.add(hold);
        return this;
    }

    /** Adds a review. */
    public RetentionAssert reviewed(Review review) {
        reviews.add(review);
        return this;
    }

    /** Sets the as-of date. */
    public RetentionAssert asOf(String isoDate) {
        asOf = LocalDate.parse(isoDate);
        return this;
    }

    /** The result. */
    public RetentionResult result() {
        return RetentionCalculator.using(calendar).calculate(entry, facts, holds, reviews, asOf);
    }

    /** Asserts the due date and returns the result. */
    public RetentionResult isDueOn(String isoDate) {
        RetentionResult r = result();
        assertThat(r.dueDate()).as("due date; explanation: %s", r.explanation()).isEqualTo(LocalDate.parse(isoDate));
        return r;
    }

    /** Asserts PENDING with exactly these missing facts. */
    public RetentionResult isPendingFor(String... missing) {
        RetentionResult r = result();
        assertThat(r.status()).as("status; explanation: %s", r.explanation()).isEqualTo(Status.PENDING);
        assertThat(r.missingFacts()).containsExactlyInAnyOrder(missing);
        assertThat(r.dueDate()).isNull();
        assertThat(r.eligibleNow()).isFalse();
        return r;
    }

    /** Asserts PERMANENT. */
    public RetentionResult isPermanent() {
        RetentionResult r = result();
        assertThat(r.status()).isEqualTo(Status.PERMANENT);
        assertThat(r.action()).isEqualTo(DisposalAction.RETAIN_PERMANENTLY);
        assertThat(r.dueDate()).isNull();
        assertThat(r.eligibleNow()).isFalse();
        return r;
    }
}
