package org.igkit.assurance.report;

import java.time.LocalDate;

/**
 * The DSPT assessment whose deadline is next on or after the report date (spec §3), or the latest when none is.
 *
 * @param assessmentYear  the assessment year, e.g. {@code 2025-26}, or {@code null} when none is recorded
 * @param status          its published status as recorded (e.g. {@code STANDARDS_MET}), or {@code null} unpublished
 * @param deadline        its deadline, or {@code null}
 * @param daysToDeadline  days from the report date to the deadline (negative when past), or {@code null}
 * @param openActions     improvement-plan actions not done
 */
public record DsptFigures(String assessmentYear, String status, LocalDate deadline, Long daysToDeadline,
                          Counted openActions) {
    /** No assessment recorded. */
    public static DsptFigures none() {
        return new DsptFigures(null, null, null, null, Counted.none());
    }
}
