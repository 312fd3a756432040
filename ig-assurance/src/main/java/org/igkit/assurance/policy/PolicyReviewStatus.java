package org.igkit.assurance.policy;

import java.time.LocalDate;
import java.util.Objects;

import org.igkit.assurance.DueState;
import org.igkit.core.explain.Explanation;

/**
 * When a policy's next review is due and where it stands on a day, with how that was worked out.
 *
 * @param policyId    the policy
 * @param dueOn       the date the next review is due
 * @param state       not due, due today, or overdue
 * @param explanation the steps taken, with their sources
 */
public record PolicyReviewStatus(String policyId, LocalDate dueOn, DueState state, Explanation explanation) {
    public PolicyReviewStatus {
        Objects.requireNonNull(policyId, "policyId");
        Objects.requireNonNull(dueOn, "dueOn");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(explanation, "explanation");
    }

    /** True when the review date has passed. */
    public boolean isOverdue() {
        return state == DueState.OVERDUE;
    }
}
