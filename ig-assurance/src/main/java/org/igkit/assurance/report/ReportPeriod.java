package org.igkit.assurance.report;

import java.time.LocalDate;
import java.util.Objects;

import org.igkit.core.error.ValidationException;

/**
 * The period a board report covers: a quarter (three months) or a year from its first day, both ends inclusive.
 * The first day is the organisation's to choose (April for a council's or NHS body's financial year, September for
 * a school's academic year), so no calendar is assumed.
 *
 * @param kind           QUARTER or YEAR
 * @param startInclusive the first day
 * @param endInclusive   the last day: the day before {@code startInclusive} plus three months or one year
 */
public record ReportPeriod(Kind kind, LocalDate startInclusive, LocalDate endInclusive) {
    /** How long the period is. */
    public enum Kind {
        /** Three months. */
        QUARTER,
        /** Twelve months. */
        YEAR
    }

    public ReportPeriod {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(startInclusive, "startInclusive");
        Objects.requireNonNull(endInclusive, "endInclusive");
        if (!endInclusive.equals(endOf(kind, startInclusive))) {
            throw new ValidationException("endInclusive", "must be the last day of the " + kind.name().toLowerCase()
                    + " from " + startInclusive + " (" + endOf(kind, startInclusive) + ")", endInclusive);
        }
    }

    /** The quarter from {@code startInclusive}: 2025-04-01 gives 2025-04-01..2025-06-30. */
    public static ReportPeriod quarterFrom(LocalDate startInclusive) {
        return of(Kind.QUARTER, startInclusive);
    }

    /** The year from {@code startInclusive}: 2025-09-01 gives 2025-09-01..2026-08-31. */
    public static ReportPeriod yearFrom(LocalDate startInclusive) {
        return of(Kind.YEAR, startInclusive);
    }

    /** The period of {@code kind} from {@code startInclusive}. */
    public static ReportPeriod of(Kind kind, LocalDate startInclusive) {
        Objects.requireNonNull(kind, "kind");
        if (startInclusive == null) {
            throw new ValidationException("from", "is required (the first day of the period, YYYY-MM-DD)", null);
        }
        return new ReportPeriod(kind, startInclusive, endOf(kind, startInclusive));
    }

    /** True when {@code date} lies in the period. */
    public boolean contains(LocalDate date) {
        return !date.isBefore(startInclusive) && !date.isAfter(endInclusive);
    }

    private static LocalDate endOf(Kind kind, LocalDate start) {
        return (kind == Kind.QUARTER ? start.plusMonths(3) : start.plusYears(1)).minusDays(1);
    }
}
