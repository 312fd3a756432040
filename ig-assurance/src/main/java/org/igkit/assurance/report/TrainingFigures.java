package org.igkit.assurance.report;

import java.math.BigDecimal;

/**
 * Training compliance (spec §4): of the staff in scope on the report date, those whose every required course is
 * valid, compared exactly with the target (a local KPI, 95% by default; no longer a DSPT pass rule).
 *
 * @param inScope      staff in scope (active, not excluded, past their induction deadline)
 * @param compliant    of those, the ones with every required course valid
 * @param notCompliant of those, the others
 * @param share        {@code compliant} of {@code inScope}
 * @param target       the target, a fraction ({@code 0.95})
 * @param meetsTarget  whether the exact fraction reaches the target
 */
public record TrainingFigures(Counted inScope, Counted compliant, Counted notCompliant, Percentage share,
                              BigDecimal target, boolean meetsTarget) {
}
