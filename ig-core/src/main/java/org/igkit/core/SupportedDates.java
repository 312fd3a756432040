package org.igkit.core;

import java.time.LocalDate;

import org.igkit.core.error.ValidationException;

/**
 * The dates igkit reads, computes and stores: years 1000 to 9999. Every date inside has the same ISO-8601 text
 * length, so its text sorts as the date does (stores index due dates as text); outside it, {@code +10000-06-30}
 * sorts before {@code 2000-01-01} and a record would be listed as due eight thousand years early.
 */
public final class SupportedDates {
    /** The first supported date, 1 January 1000. */
    public static final LocalDate MIN = LocalDate.of(1000, 1, 1);
    /** The last supported date, 31 December 9999. */
    public static final LocalDate MAX = LocalDate.of(9999, 12, 31);

    private SupportedDates() {
    }

    /** True when {@code date} is from {@link #MIN} to {@link #MAX}. */
    public static boolean contains(LocalDate date) {
        return !date.isBefore(MIN) && !date.isAfter(MAX);
    }

    /**
     * {@code date}, when supported.
     *
     * @throws ValidationException naming {@code path} when {@code date} is before 1000-01-01 or after 9999-12-31
     */
    public static LocalDate require(String path, LocalDate date) {
        if (date != null && !contains(date)) {
            throw new ValidationException(path, "must be from " + MIN + " to " + MAX + " (years 1000 to 9999)", date);
        }
        return date;
    }
}
