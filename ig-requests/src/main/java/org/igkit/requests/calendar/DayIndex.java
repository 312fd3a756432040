package org.igkit.requests.calendar;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;

import org.igkit.core.error.ValidationException;

/**
 * A one-off index of the days in a range that satisfy a predicate (working days, school days), so that "the
 * Nth such day after D" and "how many such days in (A, B]" are two array reads: prefix counts over a dense day
 * array, and the position of every member. Building it walks the range once; nothing walks it afterwards.
 * Immutable and thread-safe.
 */
public final class DayIndex {
    private final long firstEpochDay;
    private final LocalDate first;
    private final LocalDate last;
    /** membersBefore[i]: members among the days first+0 .. first+i-1. Length days + 1. */
    private final int[] membersBefore;
    /** memberAt[k]: the offset from first of the k-th member (0-based). */
    private final int[] memberAt;

    private DayIndex(LocalDate first, LocalDate last, Predicate<LocalDate> isMember) {
        this.first = first;
        this.last = last;
        this.firstEpochDay = first.toEpochDay();
        int days = Math.toIntExact(last.toEpochDay() - firstEpochDay + 1);
        membersBefore = new int[days + 1];
        int[] positions = new int[days];
        int count = 0;
        LocalDate day = first;
        for (int i = 0; i < days; i++) {
            membersBefore[i] = count;
            if (isMember.test(day)) {
                positions[count++] = i;
            }
            day = day.plusDays(1);
        }
        membersBefore[days] = count;
        memberAt = java.util.Arrays.copyOf(positions, count);
    }

    /** Indexes the days of {@code range} that satisfy {@code isMember}. */
    public static DayIndex of(DateRange range, Predicate<LocalDate> isMember) {
        Objects.requireNonNull(isMember, "isMember");
        return new DayIndex(range.startInclusive(), range.endInclusive(), isMember);
    }

    /** The indexed range. */
    public DateRange range() {
        return DateRange.ofClosed(first, last);
    }

    /** True when {@code date} is a member. */
    public boolean isMember(LocalDate date) {
        int i = offset(date);
        return membersBefore[i + 1] != membersBefore[i];
    }

    /** The members in {@code (fromExclusive, toInclusive]}; 0 when {@code toInclusive} is not after. */
    public int countBetween(LocalDate fromExclusive, LocalDate toInclusive) {
        if (!toInclusive.isAfter(fromExclusive)) {
            return 0;
        }
        return membersBefore[offset(toInclusive) + 1] - membersBefore[offset(fromExclusive) + 1];
    }

    /**
     * The {@code n}th member after {@code date} ({@code date} itself never counts; n = 0 gives {@code date}), or
     * empty when the range ends first.
     */
    public Optional<LocalDate> findPlus(LocalDate date, int n) {
        if (n < 0) {
            throw new IllegalArgumentException("n must not be negative: " + n);
        }
        if (n == 0) {
            return Optional.of(date);
        }
        int k = membersBefore[offset(date) + 1] + n - 1;
        return k < memberAt.length ? Optional.of(first.plusDays(memberAt[k])) : Optional.empty();
    }

    /** The {@code n}th member after {@code date}, or a {@link ValidationException} when the range ends first. */
    public LocalDate plus(LocalDate date, int n) {
        if (n == 0) {
            return date;
        }
        int k = membersBefore[offset(date) + 1] + n - 1;
        if (k >= memberAt.length) {
            throw new ValidationException("date", "counting " + n + " days from it goes past the end of the calendar ("
                    + last + ")", date);
        }
        return first.plusDays(memberAt[k]);
    }

    /**
     * The {@code n}th member after {@code dayZero}, not counting members inside any of {@code skipped} (each
     * window inclusive), or empty when the range ends first.
     */
    public Optional<LocalDate> findPlus(LocalDate dayZero, int n, List<DateRange> skipped) {
        if (dayZero.isAfter(last)) {
            return Optional.empty();
        }
        LocalDate cursor = dayZero.isBefore(first) ? first : dayZero;
        if (skipped.isEmpty()) {
            return findPlus(cursor, n);
        }
        int remaining = n;
        List<DateRange> windows = new ArrayList<>(skipped);
        windows.sort(Comparator.comparing(DateRange::startInclusive));
        for (DateRange window : windows) {
            if (!window.endInclusive().isAfter(cursor)) {
                continue;
            }
            LocalDate windowStart = window.startInclusive().isAfter(cursor) ? window.startInclusive() : cursor.plusDays(1);
            int before = countBetween(cursor, windowStart.minusDays(1));
            if (before >= remaining) {
                return findPlus(cursor, remaining);
            }
            remaining -= before;
            if (window.endInclusive().isAfter(last)) {
                return Optional.empty();
            }
            cursor = window.endInclusive();
        }
        return findPlus(cursor, remaining);
    }

    /** The first member on or after {@code date}, or empty when the range ends first. */
    public Optional<LocalDate> findFirstOnOrAfter(LocalDate date) {
        int k = membersBefore[offset(date)];
        return k < memberAt.length ? Optional.of(first.plusDays(memberAt[k])) : Optional.empty();
    }

    private int offset(LocalDate date) {
        long i = date.toEpochDay() - firstEpochDay;
        if (i < 0 || i >= membersBefore.length - 1) {
            throw new ValidationException("date", "must be between " + first + " and " + last, date);
        }
        return (int) i;
    }
}
