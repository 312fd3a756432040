package org.igkit.breach.severity;

import java.util.Objects;

import org.igkit.breach.facts.DsptGrade;
import org.igkit.core.explain.Explanation;

/**
 * An incident graded on the NHS DSPT grid.
 *
 * @param grade       likelihood and severity
 * @param derived     true when the grade was derived from the facts rather than given
 * @param reportable  the cell is reportable through the DSPT tool (and so to the Commissioner)
 * @param escalated   the cell is also notified to DHSC / NHS England
 * @param explanation how the grade and the outcome were reached
 */
public record DsptGrading(DsptGrade grade, boolean derived, boolean reportable, boolean escalated,
        Explanation explanation) {
    public DsptGrading {
        Objects.requireNonNull(grade, "grade");
        Objects.requireNonNull(explanation, "explanation");
    }
}
