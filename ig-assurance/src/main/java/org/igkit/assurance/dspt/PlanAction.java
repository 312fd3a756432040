package org.igkit.assurance.dspt;

import java.time.LocalDate;

import org.igkit.core.error.ValidationException;

/**
 * An action of the improvement plan.
 *
 * @param standardId the outcome it brings to profile
 * @param action     what will be done
 * @param owner      who does it
 * @param dueOn      by when
 * @param done       true once done
 */
public record PlanAction(String standardId, String action, String owner, LocalDate dueOn, boolean done) {
    public PlanAction {
        ValidationException.Collector problems = ValidationException.collector();
        problems.require(standardId != null && !standardId.isBlank(), "standardId", "must not be blank", standardId);
        problems.require(action != null && !action.isBlank(), "action", "must not be blank", action);
        problems.require(owner != null && !owner.isBlank(), "owner", "must not be blank", owner);
        problems.require(dueOn != null, "dueOn", "is required", null);
        problems.throwIfAny();
    }
}
