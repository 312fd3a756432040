package org.igkit.assurance.policy;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

import org.igkit.core.error.ValidationException;

/**
 * A logged review of a policy: when, by whom, what it decided, the version it produced and the triggers (breaches,
 * changes in law) it considered.
 *
 * @param date               the review date
 * @param reviewer           who reviewed
 * @param outcome            no change, minor or major
 * @param resultingVersion   the version row the review wrote
 * @param considered         the triggers the review took into account (those on or before its date not yet
 *                           considered by an earlier review)
 */
public record PolicyReview(LocalDate date, String reviewer, ReviewOutcome outcome, String resultingVersion,
        List<ReviewTrigger> considered) {
    public PolicyReview {
        ValidationException.Collector problems = ValidationException.collector();
        problems.require(date != null, "date", "is required", null);
        problems.require(reviewer != null && !reviewer.isBlank(), "reviewer", "must not be blank", reviewer);
        problems.require(outcome != null, "outcome", "is required: NO_CHANGE, MINOR or MAJOR", null);
        problems.require(resultingVersion != null && !resultingVersion.isBlank(), "resultingVersion",
                "must not be blank", resultingVersion);
        problems.throwIfAny();
        considered = List.copyOf(Objects.requireNonNullElse(considered, List.of()));
    }

    /** The ids of the breaches the review considered. */
    public List<String> breachesConsidered() {
        return considered.stream().filter(t -> t.kind() == ReviewTrigger.Kind.BREACH).map(ReviewTrigger::reference)
                .toList();
    }
}
