package org.igkit.breach.assessment;

import java.time.Duration;
import java.time.Instant;

import org.igkit.breach.facts.BreachFacts;
import org.igkit.core.explain.Explanation;

/**
 * Whether the Commissioner was told in time (UK GDPR Art 33(1): "not later than 72 hours", with reasons for any
 * delay). A notification exactly at the deadline is on time (our choice, spec breach.md §3.2).
 *
 * @param late            notified after the governing deadline
 * @param overdue         notification required, not made, and the deadline had passed when assessed
 * @param reasonsRequired late, and no reasons for the delay are given
 */
record Lateness(boolean late, boolean overdue, boolean reasonsRequired) {

    static Lateness of(BreachFacts facts, CommissionerDecision commissioner, Instant assessedAt,
            AssessmentPolicy policy, Explanation.Builder why) {
        if (commissioner.deadline() == null) {
            return new Lateness(false, false, false);
        }
        Instant due = commissioner.deadline().toInstant();
        if (facts.notifiedAt() != null) {
            Instant notified = facts.notifiedAt().toInstant();
            boolean late = notified.isAfter(due);
            why.step("Notified on " + Wording.show(notified, policy.displayZone()) + ": "
                    + (late ? "after the deadline, late by " + Wording.describe(Duration.between(due, notified))
                            + "; the notification must give reasons for the delay"
                            + (facts.reasonsForDelay() == null ? ", and none are given yet"
                                    : ": " + facts.reasonsForDelay())
                            : "on time (a notification at exactly the deadline is on time)"),
                    Sources.ART_33_1, Sources.INSTANT_LINE);
            return new Lateness(late, false, late && facts.reasonsForDelay() == null);
        }
        if (commissioner.required() && assessedAt.isAfter(due)) {
            why.step("At " + Wording.show(assessedAt, policy.displayZone()) + " the deadline has passed and the "
                    + policy.regulatorName() + " has not been notified: notify now, with reasons for the delay",
                    Sources.ART_33_1);
            return new Lateness(false, true, false);
        }
        return new Lateness(false, false, false);
    }
}
