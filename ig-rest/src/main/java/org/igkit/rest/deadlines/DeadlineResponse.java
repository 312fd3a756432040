package org.igkit.rest.deadlines;

import java.time.LocalDate;
import java.util.List;

import org.igkit.requests.engine.DeadlineResult;
import org.igkit.rest.explain.StepJson;

/**
 * The answer of a deadline calculation, as {@code POST /v1/deadlines} and {@code GET /v1/requests/{id}/deadline}
 * both give it.
 *
 * @param regime          the regime id
 * @param regimeTitle     the regime's title
 * @param regimeVersion   the date the applied version of the regime took effect (the one in force on receipt)
 * @param received        the date of receipt counted
 * @param dueDate         the deadline given the events so far (null while no clock runs or after a lapse)
 * @param latestDueDate   the latest lawful date if every extension allowed were taken
 * @param status          open, paused, due, overdue, lapsed, closed_on_time or closed_late
 * @param statusDetail    the status's particulars (days remaining or late, what is awaited, ...)
 * @param asOf            the date the status is for
 * @param explanation     the steps taken, with citations
 * @param calendarVersion the bank-holiday data version used
 * @param projected       true when a date outside the published holiday data was used
 */
public record DeadlineResponse(String regime, String regimeTitle, LocalDate regimeVersion, LocalDate received, LocalDate dueDate,
                               LocalDate latestDueDate, String status, Object statusDetail, LocalDate asOf,
                               List<StepJson> explanation, String calendarVersion, boolean projected) {
    /** The answer for a request received on {@code received}. */
    public static DeadlineResponse of(LocalDate received, DeadlineResult result) {
        return new DeadlineResponse(result.regime().name(), result.regimeVersion().title(),
                result.regimeVersion().effectiveFrom(), received, result.dueDate(), result.latestDueDate(),
                result.status().code(), result.status(), result.asOf(), StepJson.of(result.explanation()),
                result.calendarVersion(), result.projected());
    }
}
