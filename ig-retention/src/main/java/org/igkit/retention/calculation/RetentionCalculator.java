package org.igkit.retention.calculation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.igkit.core.error.ValidationException;
import org.igkit.core.explain.Citation;
import org.igkit.core.explain.Explanation;
import org.igkit.retention.hold.LegalHold;
import org.igkit.retention.review.Review;
import org.igkit.retention.review.ReviewOutcome;
import org.igkit.retention.rule.DueDateConvention;
import org.igkit.retention.rule.RecordFacts;
import org.igkit.retention.rule.RetentionCalendar;
import org.igkit.retention.rule.RetentionRule;
import org.igkit.retention.rule.RuleEvaluator;
import org.igkit.retention.rule.RuleValue;
import org.igkit.retention.schedule.DisposalAction;
import org.igkit.retention.schedule.ScheduleEntry;

/**
 * The retention calculator: a pure function of (schedule entry, settings, facts, holds, reviews, as-of date).
 * Holds never move the date; the latest review made on or before the as-of date applies and can only extend; an
 * entry whose disposal authority is pending is never eligible for destruction. It reports eligibility and never
 * authorises disposal. Immutable and thread-safe.
 */
public final class RetentionCalculator {
    /** Holds block, never move: MoReq2010 disposal holds; Alfresco and RODA keep the date and skip held records. */
    static final Citation HOLDS = Citation.of("MoReq2010 (DLM Forum), disposal holding service", "")
            .withNote("a disposal hold prevents destruction while in force; the retention period is unchanged");
    /** Periods are minimums, extendable with justification; never destroyed automatically. */
    static final Citation REVIEWS = Citation.of("NHS England Records Management Code of Practice 2021",
            "Appendix II and section 5").withUrl(
            "https://transform.england.nhs.uk/information-governance/guidance/records-management-code/records-management-code-of-practice")
            .withNote("retention periods are minimums; an appraisal may extend them, never shorten them");
    /** Disposal not authorised while the authority is pending. */
    static final Citation AUTHORITY = Citation.of("NARA, Disposition of Federal Records", "preparing disposition instructions")
            .withUrl("https://www.archives.gov/records-mgmt/scheduling/instructions.html")
            .withNote("\"Disposal not authorized. Disposition pending approval\": never eligible for destruction");

    private final RuleEvaluator evaluator;

    private RetentionCalculator(RetentionCalendar calendar) {
        this.evaluator = RuleEvaluator.using(calendar);
    }

    /** A calculator with the organisation's settings. */
    public static RetentionCalculator using(RetentionCalendar calendar) {
        return new RetentionCalculator(calendar);
    }

    /** A calculator with the UK default settings. */
    public static RetentionCalculator ukDefaults() {
        return new RetentionCalculator(RetentionCalendar.ukDefaults());
    }

    /** The settings in use. */
    public RetentionCalendar calendar() {
        return evaluator.calendar();
    }

    /** The answer for a record under a schedule entry, with its cited explanation. */
    public RetentionResult calculate(ScheduleEntry entry, RecordFacts facts, List<LegalHold> holds, List<Review> reviews,
                                     LocalDate asOf) {
        return run(entry, facts, holds, reviews, asOf, true);
    }

    /** The answer for an ad-hoc rule and action (no stored schedule), with its cited explanation. */
    public RetentionResult calculate(RetentionRule rule, DisposalAction action, RecordFacts facts, List<LegalHold> holds,
                                     List<Review> reviews, LocalDate asOf) {
        ValidationException.Collector problems = ValidationException.collector();
        problems.require(rule != null, "rule", "is required (a rule or ruleText)", null);
        problems.require(action != null, "action", "is required", null);
        problems.throwIfAny();
        return run(ScheduleEntry.adHoc(rule, action), facts, holds, reviews, asOf, true);
    }

    /**
     * The same answer without the explanation's text (its explanation is empty): for batch evaluation of many records,
     * where the text is not wanted. The same code path decides.
     */
    public RetentionResult assess(ScheduleEntry entry, RecordFacts facts, List<LegalHold> holds, List<Review> reviews,
                                  LocalDate asOf) {
        return run(entry, facts, holds, reviews, asOf, false);
    }

    private RetentionResult run(ScheduleEntry entry, RecordFacts facts, List<LegalHold> holds, List<Review> reviews,
                                LocalDate asOf, boolean explain) {
        if (entry == null || facts == null || holds == null || reviews == null || asOf == null) {
            requireInputs(entry, facts, holds, reviews, asOf);
        }
        Explanation.Builder steps = explain ? Explanation.builder() : null;
        List<Citation> cites = entry.citations();
        if (steps != null) {
            steps.step(() -> "rule " + entry.rule().toText() + " (" + entry.title() + (entry.sourceWording().isEmpty()
                    ? "" : ": \"" + entry.sourceWording() + "\"") + "), action " + entry.action()
                    + ", settings: " + calendar(), cites);
        }
        RuleValue value = evaluator.evaluate(entry.rule(), facts, steps, cites);
        List<LegalHold> inForce = holdsInForce(holds, asOf, steps);
        if (value instanceof RuleValue.Unknown u) {
            if (steps != null) {
                steps.step(() -> "pending: no due date until " + String.join(", ", u.missingFacts())
                        + (u.missingFacts().size() == 1 ? " is" : " are") + " recorded", cites);
            }
            return new RetentionResult(Status.PENDING, null, entry.action(), false, false, u.missingFacts(), inForce,
                    build(steps));
        }
        if (value instanceof RuleValue.Never) {
            if (steps != null && !reviews.isEmpty()) {
                steps.step(() -> "reviews cannot change a permanent rule: retention is only ever extended", REVIEWS);
            }
            return new RetentionResult(Status.PERMANENT, null, DisposalAction.RETAIN_PERMANENTLY, false, false, Set.of(),
                    inForce, build(steps));
        }
        LocalDate due = ((RuleValue.Dated) value).date();
        if (calendar().dueDateConvention() == DueDateConvention.DAY_AFTER) {
            due = due.plusDays(1);
            if (steps != null) {
                LocalDate dayAfter = due;
                steps.step(() -> "the organisation reads \"N years after\" strictly: the action may be taken from the day "
                        + "after, " + RuleEvaluator.format(dayAfter), cites);
            }
        }
        DisposalAction action = entry.action();
        Review review = latestReview(reviews, asOf);
        if (review != null) {
            LocalDate reviewed = reviewedDate(review);
            LocalDate extended = due.isAfter(reviewed) ? due : reviewed;
            action = actionAfter(review, entry.action());
            if (steps != null) {
                LocalDate ruleDue = due;
                DisposalAction then = action;
                steps.step(() -> describe(review, reviewed) + "; a review only extends, so the due date is the later of "
                        + RuleEvaluator.format(ruleDue) + " and " + RuleEvaluator.format(reviewed) + ": "
                        + RuleEvaluator.format(extended) + ", then " + then, REVIEWS);
            }
            due = extended;
        }
        boolean dueNow = !asOf.isBefore(due);
        boolean held = dueNow && !inForce.isEmpty();
        Status status = !dueNow ? Status.NOT_YET_DUE : held ? Status.HELD : Status.DUE;
        boolean authorityBlocks = entry.isAuthorityPending() && action.isDestruction();
        boolean eligible = dueNow && !held && !authorityBlocks;
        if (steps != null) {
            LocalDate dueOn = due;
            DisposalAction finalAction = action;
            steps.step(() -> dueNow ? "on " + RuleEvaluator.format(asOf) + " the action " + finalAction + " is due (since "
                    + RuleEvaluator.format(dueOn) + ")" : "on " + RuleEvaluator.format(asOf) + " the action " + finalAction
                    + " is not yet due: it may be taken from " + RuleEvaluator.format(dueOn), cites);
            if (held) {
                steps.step(() -> "a legal hold in force blocks the action; the due date is unchanged", HOLDS);
            }
            if (authorityBlocks) {
                steps.step(() -> "the entry's disposal authority is pending: not eligible for destruction", AUTHORITY);
            }
            if (eligible) {
                steps.step(() -> "eligible for disposal; eligibility is not authorisation: a records manager approves "
                        + "each disposal", REVIEWS);
            }
        }
        return new RetentionResult(status, due, action, eligible, held, Set.of(), inForce, build(steps));
    }

    private static void requireInputs(ScheduleEntry entry, RecordFacts facts, List<LegalHold> holds, List<Review> reviews,
                                      LocalDate asOf) {
        ValidationException.Collector problems = ValidationException.collector();
        problems.require(entry != null, "entry", "is required", null);
        problems.require(facts != null, "facts", "is required", null);
        problems.require(holds != null, "holds", "is required (may be empty)", null);
        problems.require(reviews != null, "reviews", "is required (may be empty)", null);
        problems.require(asOf != null, "asOf", "is required", null);
        problems.throwIfAny();
    }

    private static Explanation build(Explanation.Builder steps) {
        return steps == null ? Explanation.empty() : steps.build();
    }

    private static List<LegalHold> holdsInForce(List<LegalHold> holds, LocalDate asOf, Explanation.Builder steps) {
        if (holds.isEmpty()) {
            return List.of();
        }
        List<LegalHold> inForce = new ArrayList<>(holds.size());
        for (LegalHold hold : holds) {
            Objects.requireNonNull(hold, "holds[]");
            boolean on = hold.isInForceOn(asOf);
            if (on) {
                inForce.add(hold);
            }
            if (steps != null) {
                steps.step(() -> "legal hold " + hold.id() + " (" + hold.reason() + "), placed " + RuleEvaluator.format(hold.placedOn())
                        + (hold.releasedOn() == null ? "" : ", released " + RuleEvaluator.format(hold.releasedOn()))
                        + (on ? ", is in force: it blocks disposal but never moves the due date"
                        : ", is not in force on " + RuleEvaluator.format(asOf)), HOLDS);
            }
        }
        return inForce;
    }

    /** The latest review made on or before {@code asOf}; among reviews on the same day, the last recorded. */
    static Review latestReview(List<Review> reviews, LocalDate asOf) {
        Review latest = null;
        for (Review r : reviews) {
            Objects.requireNonNull(r, "reviews[]");
            if (!r.reviewedOn().isAfter(asOf) && (latest == null || !r.reviewedOn().isBefore(latest.reviewedOn()))) {
                latest = r;
            }
        }
        return latest;
    }

    private LocalDate reviewedDate(Review review) {
        if (review.outcome() == ReviewOutcome.EXTEND) {
            return review.extendBy().addTo(review.reviewedOn(), calendar().leapDayPolicy());
        }
        if (review.outcome() == ReviewOutcome.EXTEND_UNTIL) {
            return review.until();
        }
        return review.reviewedOn();
    }

    private static DisposalAction actionAfter(Review review, DisposalAction entryAction) {
        switch (review.outcome()) {
            case DISPOSE:
                return review.nextAction() != null ? review.nextAction()
                        : entryAction.isDestruction() ? entryAction : DisposalAction.DESTROY;
            case TRANSFER_TO_ARCHIVES:
                return DisposalAction.TRANSFER_TO_ARCHIVES;
            default:
                return review.nextAction() != null ? review.nextAction() : entryAction;
        }
    }

    private static String describe(Review review, LocalDate reviewed) {
        String on = "review of " + RuleEvaluator.format(review.reviewedOn()) + " (" + review.reason() + ")";
        switch (review.outcome()) {
            case EXTEND:
                return on + " extended retention by " + review.extendBy().toWords() + " to " + RuleEvaluator.format(reviewed);
            case EXTEND_UNTIL:
                return on + " extended retention until " + RuleEvaluator.format(reviewed);
            case DISPOSE:
                return on + " decided to dispose of the record";
            default:
                return on + " decided to transfer the record to the archives";
        }
    }
}
