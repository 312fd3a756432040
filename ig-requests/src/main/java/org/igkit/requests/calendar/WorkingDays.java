package org.igkit.requests.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.igkit.core.error.ValidationException;

/**
 * The working days of one calendar version under one statute's rule, indexed once: adding and counting are
 * O(1). Obtain it from {@link BankHolidayCalendar#workingDays(WorkingDayRule)}. Immutable and thread-safe.
 */
public final class WorkingDays {
    private final BankHolidayCalendar calendar;
    private final WorkingDayRule rule;
    private final DayIndex index;

    WorkingDays(BankHolidayCalendar calendar, WorkingDayRule rule) {
        this.calendar = calendar;
        this.rule = rule;
        this.index = DayIndex.of(BankHolidayCalendar.SUPPORTED, day -> !isWeekend(day) && !isExcludedHoliday(day));
    }

    /** The calendar version this index was built from. */
    public BankHolidayCalendar calendar() {
        return calendar;
    }

    /** The statute's rule. */
    public WorkingDayRule rule() {
        return rule;
    }

    /** True when {@code date} is a working day under the rule. */
    public boolean isWorkingDay(LocalDate date) {
        return index.isMember(date);
    }

    /** The {@code n}th working day following {@code dayZero} (which never counts itself). */
    public LocalDate plusWorkingDays(LocalDate dayZero, int n) {
        return index.plus(dayZero, n);
    }

    /**
     * The {@code n}th working day following {@code dayZero}, not counting the working days inside the
     * {@code disregarded} windows (FOIA s.10(2): from a fees notice to the fee's payment).
     */
    public LocalDate plusWorkingDays(LocalDate dayZero, int n, List<DateRange> disregarded) {
        return index.findPlus(dayZero, n, disregarded).orElseThrow(() -> new ValidationException("date", "counting " + n
                + " working days from it goes past the end of the calendar (" + index.range().endInclusive() + ")",
                dayZero));
    }

    /** The working days in {@code (fromExclusive, toInclusive]}. */
    public int countWorkingDays(LocalDate fromExclusive, LocalDate toInclusive) {
        return index.countBetween(fromExclusive, toInclusive);
    }

    /** {@code date} if it is a working day, else the next one. */
    public LocalDate nextWorkingDayOnOrAfter(LocalDate date) {
        return index.plus(date.minusDays(1), 1);
    }

    /** The underlying index, for combining with other predicates. */
    public DayIndex index() {
        return index;
    }

    /** Weekdays in {@code (fromExclusive, toInclusive]} that are not working days, with the holidays that make them so. */
    public List<NonWorkingDay> holidaysBetween(LocalDate fromExclusive, LocalDate toInclusive) {
        List<NonWorkingDay> found = new ArrayList<>();
        if (!toInclusive.isAfter(fromExclusive)) {
            return found;
        }
        for (Map.Entry<LocalDate, List<BankHoliday>> entry
                : calendar.holidaysByDate(fromExclusive.plusDays(1), toInclusive).entrySet()) {
            if (isWeekend(entry.getKey())) {
                continue;
            }
            List<BankHoliday> excluded = new ArrayList<>();
            for (BankHoliday holiday : entry.getValue()) {
                if (rule.excludesHolidaysOf(holiday.division())) {
                    excluded.add(holiday);
                }
            }
            if (!excluded.isEmpty()) {
                found.add(new NonWorkingDay(entry.getKey(), excluded));
            }
        }
        return found;
    }

    /** Saturdays and Sundays in {@code (fromExclusive, toInclusive]}, computed, not walked. */
    public static int weekendDaysBetween(LocalDate fromExclusive, LocalDate toInclusive) {
        long days = toInclusive.toEpochDay() - fromExclusive.toEpochDay();
        if (days <= 0) {
            return 0;
        }
        long weeks = days / 7;
        int weekend = (int) (weeks * 2);
        LocalDate day = fromExclusive.plusDays(weeks * 7);
        for (long i = weeks * 7; i < days; i++) {
            day = day.plusDays(1);
            if (isWeekend(day)) {
                weekend++;
            }
        }
        return weekend;
    }

    private boolean isExcludedHoliday(LocalDate day) {
        for (BankHoliday holiday : calendar.holidaysOn(day)) {
            if (rule.excludesHolidaysOf(holiday.division())) {
                return true;
            }
        }
        return false;
    }

    static boolean isWeekend(LocalDate day) {
        DayOfWeek dow = day.getDayOfWeek();
        return dow == DayOfWeek.SATURDAY || dow == DayOfWeek.SUNDAY;
    }
}
