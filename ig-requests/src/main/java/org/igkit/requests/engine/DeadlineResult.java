package org.igkit.requests.engine;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

import org.igkit.core.explain.Explanation;
import org.igkit.requests.regime.Regime;
import org.igkit.requests.regime.RegimeId;

/**
 * The engine's answer for one request.
 *
 * @param regime          the regime id
 * @param regimeVersion   the regime version applied (the one in force on the date of receipt)
 * @param dueDate         the deadline given the events so far (extended if an extension was notified), or
 *                        {@code null} while no clock runs or after a lapse; the deadline is the end of that day
 * @param latestDueDate   the latest lawful date if every extension the regime allows were taken, or {@code null}
 *                        when {@code dueDate} is
 * @param status          where the request stands as of {@code asOf}
 * @param asOf            the date the status is for
 * @param explanation     the steps taken, with citations
 * @param calendarVersion the bank-holiday calendar version used
 * @param projected       true when a date in a year outside the published holiday data was used
 */
public record DeadlineResult(RegimeId regime, Regime regimeVersion, LocalDate dueDate, LocalDate latestDueDate,
                             Status status, LocalDate asOf, Explanation explanation, String calendarVersion,
                             boolean projected) {
    public DeadlineResult {
        Objects.requireNonNull(regime, "regime");
        Objects.requireNonNull(regimeVersion, "regimeVersion");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(asOf, "asOf");
        Objects.requireNonNull(explanation, "explanation");
        Objects.requireNonNull(calendarVersion, "calendarVersion");
    }

    /** The due date, unless no clock runs. */
    public Optional<LocalDate> findDueDate() {
        return Optional.ofNullable(dueDate);
    }

    /** The latest lawful date, unless no clock runs. */
    public Optional<LocalDate> findLatestDueDate() {
        return Optional.ofNullable(latestDueDate);
    }
}
