package org.igkit.assurance.report;

/**
 * DPIAs for the board (spec §8: screened, required, signed off, reviews overdue, prior consultations).
 *
 * @param screenedInPeriod     DPIAs (screening records) screened in the period
 * @param required             DPIAs whose screening says one is required or likely required
 * @param requiredNotSignedOff of those, the ones not signed off (processing must not start: Art 35(1))
 * @param reviewOverdue        signed-off DPIAs whose review date had passed on the report date
 * @param reviewDueInPeriod    signed-off DPIAs whose review date falls in the period, not yet passed
 * @param priorConsultation    DPIAs in prior consultation with the ICO (Art 36)
 */
public record DpiaFigures(Counted screenedInPeriod, Counted required, Counted requiredNotSignedOff,
                          Counted reviewOverdue, Counted reviewDueInPeriod, Counted priorConsultation) {
}
