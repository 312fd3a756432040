package org.igkit.retention.rule;

import java.time.LocalDate;

import org.igkit.core.SupportedDates;
import org.igkit.core.error.ValidationException;

/**
 * A retention offset of years, months and days, added as {@link java.time.Period} adds: years and months as one
 * number of months (clamped to the month's end), then days. Never negative, never all zero.
 */
public record Offset(int years, int months, int days) {
    /** The largest number a field may hold; no schedule keeps anything for longer than 1000 years. */
    public static final int MAX = 12_000;

    public Offset {
        ValidationException.Collector problems = ValidationException.collector();
        problems.require(years >= 0 && years <= MAX, "years", "must be between 0 and " + MAX, years);
        problems.require(months >= 0 && months <= MAX, "months", "must be between 0 and " + MAX, months);
        problems.require(days >= 0 && days <= MAX * 31, "days", "must be between 0 and " + MAX * 31, days);
        problems.require(years != 0 || months != 0 || days != 0, "", "an offset must not be zero", "0");
        problems.throwIfAny();
    }

    /** {@code n} years. */
    public static Offset ofYears(int years) {
        return new Offset(years, 0, 0);
    }

    /** {@code n} months. */
    public static Offset ofMonths(int months) {
        return new Offset(0, months, 0);
    }

    /** {@code n} days. */
    public static Offset ofDays(int days) {
        return new Offset(0, 0, days);
    }

    /** Years, months and days. */
    public static Offset of(int years, int months, int days) {
        return new Offset(years, months, days);
    }

    /** The total months (years x 12 + months). */
    public long toTotalMonths() {
        return years * 12L + months;
    }

    /**
     * {@code date} plus this offset under the leap-day policy: when a 29 February is carried by whole years into a
     * common year, {@link LeapDayPolicy#FEB_28} gives 28 February (as java.time) and {@link LeapDayPolicy#MARCH_1}
     * gives 1 March.
     */
    public LocalDate addTo(LocalDate date, LeapDayPolicy policy) {
        SupportedDates.require("date", date);
        // within years 1000-9999 plus at most MAX years or months, plusMonths cannot overflow LocalDate
        LocalDate moved = date.plusMonths(toTotalMonths());
        if (policy == LeapDayPolicy.MARCH_1 && date.getMonthValue() == 2 && date.getDayOfMonth() == 29
                && moved.getMonthValue() == 2 && moved.getDayOfMonth() == 28) {
            moved = moved.plusDays(1);
        }
        LocalDate result = moved.plusDays(days);
        if (!SupportedDates.contains(result)) {
            throw new ValidationException("offset", date + " + " + toWords() + " falls after " + SupportedDates.MAX
                    + ", the last date igkit supports", result);
        }
        return result;
    }

    /** "6 years", "1 year 6 months", "30 days". */
    public String toWords() {
        StringBuilder words = new StringBuilder();
        append(words, years, "year");
        append(words, months, "month");
        append(words, days, "day");
        return words.toString();
    }

    private static void append(StringBuilder words, int n, String unit) {
        if (n == 0) {
            return;
        }
        if (words.length() > 0) {
            words.append(' ');
        }
        words.append(n).append(' ').append(unit).append(n == 1 ? "" : "s");
    }

    /** The shorthand: {@code 6y}, {@code 1y6m}, {@code 30d}. */
    @Override
    public String toString() {
        StringBuilder text = new StringBuilder();
        if (years != 0) {
            text.append(years).append('y');
        }
        if (months != 0) {
            text.append(months).append('m');
        }
        if (days != 0) {
            text.append(days).append('d');
        }
        return text.toString();
    }
}
