package org.igkit.requests.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The statutory rules that project bank holidays for years the dataset does not cover: BFDA 1971 Sch 1, the
 * St Andrew's Day Bank Holiday (Scotland) Act 2007, and the days proclaimed every year (New Year's Day, early
 * May, Boxing Day and late May in Scotland, 12 July in Northern Ireland). Christmas Day and Good Friday are
 * common-law holidays, listed in every division as GOV.UK lists them. One-off days cannot be projected.
 *
 * <p>Substitution: days of a group (New Year's Day and 2 January; Christmas Day and Boxing Day) that fall on a
 * weekend move to the next weekday not already a holiday of the group; St Patrick's, 12 July and St Andrew's
 * Day move from a weekend to the Monday. Checked against every year of the dataset without a one-off day.
 */
final class HolidayRules {
    private HolidayRules() {
    }

    /** The projected holidays of {@code division} in {@code year}, in date order. */
    static List<BankHoliday> project(int year, Division division) {
        List<BankHoliday> days = new ArrayList<>();
        LocalDate easter = easterSunday(year);
        if (division == Division.SCOTLAND) {
            group(days, division, LocalDate.of(year, 1, 1), "New Year's Day", LocalDate.of(year, 1, 2), "2nd January");
        } else {
            group(days, division, LocalDate.of(year, 1, 1), "New Year's Day", null, null);
        }
        if (division == Division.NORTHERN_IRELAND) {
            toMonday(days, division, LocalDate.of(year, 3, 17), "St Patrick's Day");
        }
        add(days, division, easter.minusDays(2), "Good Friday", false);
        if (division != Division.SCOTLAND) {
            add(days, division, easter.plusDays(1), "Easter Monday", false);
        }
        add(days, division, firstMonday(year, Month.MAY), "Early May bank holiday", false);
        add(days, division, lastMonday(year, Month.MAY), "Spring bank holiday", false);
        if (division == Division.NORTHERN_IRELAND) {
            toMonday(days, division, LocalDate.of(year, 7, 12), "Battle of the Boyne (Orangemen's Day)");
        }
        if (division == Division.SCOTLAND) {
            add(days, division, firstMonday(year, Month.AUGUST), "Summer bank holiday", false);
            toMonday(days, division, LocalDate.of(year, 11, 30), "St Andrew's Day");
        } else {
            add(days, division, lastMonday(year, Month.AUGUST), "Summer bank holiday", false);
        }
        group(days, division, LocalDate.of(year, 12, 25), "Christmas Day", LocalDate.of(year, 12, 26), "Boxing Day");
        days.sort(Comparator.comparing(BankHoliday::date));
        return days;
    }

    /** Easter Sunday in the Gregorian calendar (the anonymous Gregorian algorithm). */
    static LocalDate easterSunday(int year) {
        int a = year % 19;
        int b = year / 100;
        int c = year % 100;
        int d = b / 4;
        int e = b % 4;
        int f = (b + 8) / 25;
        int g = (b - f + 1) / 3;
        int h = (19 * a + b - d - g + 15) % 30;
        int i = c / 4;
        int k = c % 4;
        int l = (32 + 2 * e + 2 * i - h - k) % 7;
        int m = (a + 11 * h + 22 * l) / 451;
        int month = (h + l - 7 * m + 114) / 31;
        int day = (h + l - 7 * m + 114) % 31 + 1;
        return LocalDate.of(year, month, day);
    }

    private static void group(List<BankHoliday> days, Division division, LocalDate first, String firstName,
                              LocalDate second, String secondName) {
        Set<LocalDate> taken = new HashSet<>();
        List<LocalDate> fixed = second == null ? List.of(first) : List.of(first, second);
        List<String> names = second == null ? List.of(firstName) : List.of(firstName, secondName);
        for (LocalDate day : fixed) {
            if (!isWeekend(day)) {
                taken.add(day);
            }
        }
        for (int i = 0; i < fixed.size(); i++) {
            LocalDate day = fixed.get(i);
            if (!isWeekend(day)) {
                add(days, division, day, names.get(i), false);
                continue;
            }
            LocalDate substitute = day.plusDays(1);
            while (isWeekend(substitute) || taken.contains(substitute)) {
                substitute = substitute.plusDays(1);
            }
            taken.add(substitute);
            add(days, division, substitute, names.get(i), true);
        }
    }

    private static void toMonday(List<BankHoliday> days, Division division, LocalDate fixed, String name) {
        if (isWeekend(fixed)) {
            add(days, division, fixed.with(TemporalAdjusters.next(DayOfWeek.MONDAY)), name, true);
        } else {
            add(days, division, fixed, name, false);
        }
    }

    private static void add(List<BankHoliday> days, Division division, LocalDate date, String name, boolean substitute) {
        days.add(new BankHoliday(date, division, name, substitute, BankHoliday.Origin.PROJECTED, null));
    }

    private static LocalDate firstMonday(int year, Month month) {
        return LocalDate.of(year, month, 1).with(TemporalAdjusters.firstInMonth(DayOfWeek.MONDAY));
    }

    private static LocalDate lastMonday(int year, Month month) {
        return LocalDate.of(year, month, 1).with(TemporalAdjusters.lastInMonth(DayOfWeek.MONDAY));
    }

    static boolean isWeekend(LocalDate date) {
        DayOfWeek day = date.getDayOfWeek();
        return day == DayOfWeek.SATURDAY || day == DayOfWeek.SUNDAY;
    }
}
