package org.igkit.assurance.report;

/**
 * Information sharing agreements, from the central log the ICO expects (spec §2).
 *
 * @param active            agreements in effect on the report date
 * @param reviewOverdue     agreements whose review date had passed on the report date
 * @param expiringInPeriod  agreements whose end date falls in the period or within three months after it
 * @param expired           agreements past their end date without renewal
 */
public record SharingFigures(Counted active, Counted reviewOverdue, Counted expiringInPeriod, Counted expired) {
}
