package org.igkit.assurance.dpia;

import java.time.LocalDate;

import org.igkit.core.error.ValidationException;

/**
 * A sign-off of a DPIA (ICO sample DPIA, step 7: measures approved by, residual risks approved by).
 *
 * @param role                the approver's role, e.g. "SIRO", "Headteacher", "DPO"
 * @param name                who
 * @param on                  when
 * @param acceptsResidualRisk true when this approver accepts the residual risks
 */
public record DpiaApproval(String role, String name, LocalDate on, boolean acceptsResidualRisk) {
    /** The role a DPO approves in. */
    public static final String DPO = "DPO";

    public DpiaApproval {
        ValidationException.Collector problems = ValidationException.collector();
        problems.require(role != null && !role.isBlank(), "role", "must not be blank", role);
        problems.require(name != null && !name.isBlank(), "name", "must not be blank", name);
        problems.require(on != null, "on", "is required", null);
        problems.throwIfAny();
    }

    /** True when approved in the DPO role. */
    public boolean isByDpo() {
        return DPO.equalsIgnoreCase(role.strip());
    }
}
