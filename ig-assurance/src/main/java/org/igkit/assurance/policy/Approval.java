package org.igkit.assurance.policy;

import java.time.LocalDate;

import org.igkit.core.error.ValidationException;

/**
 * An approval of a policy version by a person in a role (a school: Headteacher and governors; NHS: the CEO; a
 * council: CLT or the SIRO).
 *
 * @param role      the approving role or body, e.g. "Governing Board"
 * @param name      who approved, e.g. the chair's name
 * @param on        the date of approval
 * @param minuteRef the minute reference, or {@code null}
 */
public record Approval(String role, String name, LocalDate on, String minuteRef) {
    public Approval {
        ValidationException.Collector problems = ValidationException.collector();
        problems.require(role != null && !role.isBlank(), "role", "must not be blank", role);
        problems.require(name != null && !name.isBlank(), "name", "must not be blank", name);
        problems.require(on != null, "on", "is required", null);
        problems.throwIfAny();
        minuteRef = minuteRef == null || minuteRef.isBlank() ? null : minuteRef;
    }

    /** An approval with no minute reference. */
    public static Approval of(String role, String name, LocalDate on) {
        return new Approval(role, name, on, null);
    }
}
