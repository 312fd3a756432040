package org.igkit.assurance.report;

import java.time.LocalDate;

/** Counts the assurance registers for a board report: the policy log, attestations, training, DPIAs, ISAs, DSPT. */
@FunctionalInterface
public interface AssuranceReporting {
    /** The figures for {@code period}, state figures taken on {@code asOf}. */
    AssuranceFigures figures(ReportPeriod period, LocalDate asOf);
}
