package org.igkit.retention.review;

import java.time.LocalDate;
import java.util.Optional;

import org.igkit.core.error.ValidationException;
import org.igkit.retention.rule.Offset;
import org.igkit.retention.schedule.DisposalAction;

/**
 * A recorded review of a record.
 *
 * @param reviewedOn the day of the decision
 * @param outcome    what was decided
 * @param extendBy   for {@link ReviewOutcome#EXTEND}: how long from {@code reviewedOn}; otherwise {@code null}
 * @param until      for {@link ReviewOutcome#EXTEND_UNTIL}: the new date; otherwise {@code null}
 * @param nextAction the action when the extension ends (or the disposal action), or {@code null} for the entry's
 * @param reviewer   who decided, or {@code null}
 * @param reason     the justification (the NHS Code requires one for an extension)
 */
public record Review(LocalDate reviewedOn, ReviewOutcome outcome, Offset extendBy, LocalDate until,
                     DisposalAction nextAction, String reviewer, String reason) {

    public Review {
        ValidationException.Collector problems = ValidationException.collector();
        problems.require(reviewedOn != null, "reviewedOn", "is required", null);
        problems.require(outcome != null, "outcome", "is required (EXTEND, EXTEND_UNTIL, DISPOSE, TRANSFER_TO_ARCHIVES)", null);
        problems.require(reason != null && !reason.isBlank(), "reason", "a review must give its reason", reason);
        if (outcome == ReviewOutcome.EXTEND) {
            problems.require(extendBy != null, "extendBy", "is required for EXTEND", null);
        } else {
            problems.require(extendBy == null, "extendBy", "is only for EXTEND", extendBy);
        }
        if (outcome == ReviewOutcome.EXTEND_UNTIL) {
            problems.require(until != null, "until", "is required for EXTEND_UNTIL", null);
            if (until != null && reviewedOn != null) {
                problems.require(until.isAfter(reviewedOn), "until", "must be after reviewedOn (" + reviewedOn + ")", until);
            }
        } else {
            problems.require(until == null, "until", "is only for EXTEND_UNTIL", until);
        }
        if (outcome == ReviewOutcome.DISPOSE && nextAction != null) {
            problems.require(nextAction.isDestruction(), "nextAction", "a DISPOSE review's action must be DESTROY or "
                    + "SECURE_DESTROY", nextAction);
        }
        if (outcome == ReviewOutcome.TRANSFER_TO_ARCHIVES) {
            problems.require(nextAction == null || nextAction == DisposalAction.TRANSFER_TO_ARCHIVES, "nextAction",
                    "is TRANSFER_TO_ARCHIVES for this outcome", nextAction);
        }
        problems.throwIfAny();
    }

    /** Keep for {@code extendBy} more from {@code reviewedOn}, then the entry's action. */
    public static Review extend(LocalDate reviewedOn, Offset extendBy, String reason) {
        return new Review(reviewedOn, ReviewOutcome.EXTEND, extendBy, null, null, null, reason);
    }

    /** Keep until {@code until}, then the entry's action. */
    public static Review extendUntil(LocalDate reviewedOn, LocalDate until, String reason) {
        return new Review(reviewedOn, ReviewOutcome.EXTEND_UNTIL, null, until, null, null, reason);
    }

    /** Dispose of it (never earlier than the schedule's date). */
    public static Review dispose(LocalDate reviewedOn, String reason) {
        return new Review(reviewedOn, ReviewOutcome.DISPOSE, null, null, null, null, reason);
    }

    /** Transfer it to the archives. */
    public static Review transferToArchives(LocalDate reviewedOn, String reason) {
        return new Review(reviewedOn, ReviewOutcome.TRANSFER_TO_ARCHIVES, null, null, null, null, reason);
    }

    /** A copy with the action to take when the extension ends. */
    public Review withNextAction(DisposalAction action) {
        return new Review(reviewedOn, outcome, extendBy, until, action, reviewer, reason);
    }

    /** A copy naming the reviewer. */
    public Review withReviewer(String who) {
        return new Review(reviewedOn, outcome, extendBy, until, nextAction, who, reason);
    }

    /** The next action, if the review chose one. */
    public Optional<DisposalAction> findNextAction() {
        return Optional.ofNullable(nextAction);
    }
}
