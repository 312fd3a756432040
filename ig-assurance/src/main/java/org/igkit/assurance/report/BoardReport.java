package org.igkit.assurance.report;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The information governance report to the board for one period (spec §8): request timeliness against the ICO's
 * bands, breaches, records disposal, and the assurance registers. Every figure is a {@link Counted} (or built
 * from them) carrying the ids of the records it counts, so a board member's "which ones?" has an answer.
 *
 * <p>The figures that describe a state (backlogs, overdue reviews, coverage) are taken on {@code asOf}: the last
 * day of the period, or today when the period has not ended.
 *
 * @param period    the period reported on
 * @param asOf      the day the state figures are taken on
 * @param requests  FOI/EIR, internal review and subject access timeliness, and overdue requests
 * @param breaches  breaches the organisation became aware of in the period
 * @param disposal  the disposal backlog on {@code asOf} and the disposals done in the period
 * @param assurance policies, attestation, training, DPIAs, sharing agreements, roles and the DSPT
 */
public record BoardReport(ReportPeriod period, LocalDate asOf, RequestFigures requests, BreachFigures breaches,
                          DisposalFigures disposal, AssuranceFigures assurance) {
    public BoardReport {
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(asOf, "asOf");
        Objects.requireNonNull(requests, "requests");
        Objects.requireNonNull(breaches, "breaches");
        Objects.requireNonNull(disposal, "disposal");
        Objects.requireNonNull(assurance, "assurance");
    }

    /** The report as CSV, one figure a row, every cell through the formula guard ({@link BoardReportCsv}). */
    public String toCsv() {
        return BoardReportCsv.of(this);
    }
}
