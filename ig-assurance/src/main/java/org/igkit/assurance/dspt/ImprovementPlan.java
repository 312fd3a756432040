package org.igkit.assurance.dspt;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * The improvement plan published with {@code STANDARDS_NOT_MET}, approved by NHS England / DHSC.
 *
 * @param actions    the actions
 * @param approvedOn when the plan was approved, or {@code null}
 */
public record ImprovementPlan(List<PlanAction> actions, LocalDate approvedOn) {
    public ImprovementPlan {
        actions = List.copyOf(Objects.requireNonNull(actions, "actions"));
    }

    /** True when approved. */
    public boolean isApproved() {
        return approvedOn != null;
    }

    /** True when every action is done. */
    public boolean isComplete() {
        return actions.stream().allMatch(PlanAction::done);
    }

    /** The actions not done. */
    public List<PlanAction> openActions() {
        return actions.stream().filter(a -> !a.done()).toList();
    }
}
