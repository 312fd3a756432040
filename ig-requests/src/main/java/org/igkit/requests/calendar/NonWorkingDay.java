package org.igkit.requests.calendar;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A weekday skipped while counting working days, and why: the bank holidays that fall on it.
 *
 * @param date     the day
 * @param holidays the holidays on it that the working-day rule excludes (at least one)
 */
public record NonWorkingDay(LocalDate date, List<BankHoliday> holidays) {
    public NonWorkingDay {
        Objects.requireNonNull(date, "date");
        holidays = List.copyOf(holidays);
    }
}
