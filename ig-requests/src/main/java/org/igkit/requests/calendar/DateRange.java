package org.igkit.requests.calendar;

import java.time.LocalDate;
import java.util.Objects;

import org.igkit.core.error.ValidationException;

/**
 * The days from {@code startInclusive} to {@code endInclusive}, both included.
 *
 * @param startInclusive the first day
 * @param endInclusive   the last day, on or after the first
 */
public record DateRange(LocalDate startInclusive, LocalDate endInclusive) {
    public DateRange {
        Objects.requireNonNull(startInclusive, "startInclusive");
        Objects.requireNonNull(endInclusive, "endInclusive");
        if (endInclusive.isBefore(startInclusive)) {
            throw new ValidationException("end", "must be on or after start (" + startInclusive + ")", endInclusive);
        }
    }

    /** The days from {@code startInclusive} to {@code endInclusive}, both included. */
    public static DateRange ofClosed(LocalDate startInclusive, LocalDate endInclusive) {
        return new DateRange(startInclusive, endInclusive);
    }

    /** Parses two ISO dates; violations name {@code start} and {@code end}. */
    public static DateRange parse(String start, String end) {
        ValidationException.Collector problems = ValidationException.collector();
        LocalDate from = parseDate("start", start, problems);
        LocalDate to = parseDate("end", end, problems);
        problems.throwIfAny();
        return new DateRange(from, to);
    }

    /** True when {@code date} is one of the days. */
    public boolean contains(LocalDate date) {
        return !date.isBefore(startInclusive) && !date.isAfter(endInclusive);
    }

    /** True when the ranges share a day. */
    public boolean overlaps(DateRange other) {
        return !other.endInclusive.isBefore(startInclusive) && !other.startInclusive.isAfter(endInclusive);
    }

    private static LocalDate parseDate(String path, String text, ValidationException.Collector problems) {
        if (text == null) {
            problems.add(path, "is required (an ISO date, e.g. 2024-09-02)", null);
            return null;
        }
        try {
            return LocalDate.parse(text);
        } catch (java.time.format.DateTimeParseException e) {
            problems.add(path, "must be an ISO date, e.g. 2024-09-02", text);
            return null;
        }
    }

    @Override
    public String toString() {
        return startInclusive + ".." + endInclusive;
    }
}
