package org.igkit.requests.engine;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

import org.igkit.requests.calendar.DateRange;
import org.igkit.requests.calendar.DayIndex;
import org.igkit.requests.regime.PeriodUnit;

/**
 * What a counter found: the due dates and the unit (with its day index) that days remaining or late are
 * counted in. All dates are {@code null} while no clock runs.
 *
 * @param dueDate        the deadline given the events (extended if an extension was notified)
 * @param initialDueDate the deadline before any extension
 * @param latestDueDate  the latest lawful date with every extension the regime allows
 * @param statusUnit     the unit of days remaining or late
 * @param statusIndex    the days of that unit, or {@code null} for calendar days
 * @param projected      true when a date in a year outside the published holiday data was used
 */
record Count(LocalDate dueDate, LocalDate initialDueDate, LocalDate latestDueDate, PeriodUnit statusUnit,
             DayIndex statusIndex, boolean projected) {

    /** No clock runs: the request waits for an answer. */
    static Count none() {
        return new Count(null, null, null, null, null, false);
    }

    /** The same count with another current deadline (an extension was notified). */
    Count withDueDate(LocalDate newDueDate) {
        return new Count(newDueDate, initialDueDate, latestDueDate, statusUnit, statusIndex, projected);
    }

    /** Units in {@code (fromExclusive, toInclusive]}. */
    int unitsBetween(LocalDate fromExclusive, LocalDate toInclusive) {
        if (statusUnit == PeriodUnit.CALENDAR_DAYS || statusIndex == null) {
            return (int) ChronoUnit.DAYS.between(fromExclusive, toInclusive);
        }
        DateRange range = statusIndex.range();
        LocalDate from = fromExclusive.isAfter(range.startInclusive()) ? fromExclusive : range.startInclusive();
        LocalDate to = toInclusive.isAfter(range.endInclusive()) ? range.endInclusive() : toInclusive;
        return statusIndex.countBetween(from, to);
    }
}
