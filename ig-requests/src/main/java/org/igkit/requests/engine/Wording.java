package org.igkit.requests.engine;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.igkit.requests.calendar.BankHoliday;
import org.igkit.requests.calendar.Division;
import org.igkit.requests.calendar.WorkingDayRule;

/** How the deadline explanations write dates, ordinals and holidays in English. */
final class Wording {
    private static final String[] DAY_NAMES = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday",
        "Sunday"};
    private static final String[] MONTH_NAMES = {"January", "February", "March", "April", "May", "June", "July",
        "August", "September", "October", "November", "December"};

    private Wording() {
    }

    /** "Wednesday 2 October 2024". */
    static String day(LocalDate date) {
        // hand-built rather than DateTimeFormatter: an explanation formats several dates and this is the hot path
        return DAY_NAMES[date.getDayOfWeek().ordinal()] + " " + date(date);
    }

    /** "2 October 2024". */
    static String date(LocalDate date) {
        return date.getDayOfMonth() + " " + MONTH_NAMES[date.getMonthValue() - 1] + " " + date.getYear();
    }

    /** "Saturday". */
    static String weekday(LocalDate date) {
        return DAY_NAMES[date.getDayOfWeek().ordinal()];
    }

    /** "20th". */
    static String ordinal(int n) {
        int mod100 = n % 100;
        String suffix = mod100 >= 11 && mod100 <= 13 ? "th" : n % 10 == 1 ? "st" : n % 10 == 2 ? "nd" : n % 10 == 3 ? "rd" : "th";
        return n + suffix;
    }

    /** " (5-6 Oct, 12-13 Oct 2024)": the weekend days in (fromExclusive, toInclusive], by weekend, computed. */
    static String weekendList(LocalDate fromExclusive, LocalDate toInclusive) {
        StringBuilder text = new StringBuilder();
        LocalDate day = fromExclusive.plusDays(1);
        int toSaturday = (DayOfWeek.SATURDAY.getValue() - day.getDayOfWeek().getValue() + 7) % 7;
        if (day.getDayOfWeek() == DayOfWeek.SUNDAY && !day.isAfter(toInclusive)) {
            text.append(day.getDayOfMonth()).append(' ').append(MONTH_NAMES[day.getMonthValue() - 1], 0, 3);
            toSaturday = 6;
        }
        for (LocalDate saturday = day.plusDays(toSaturday); !saturday.isAfter(toInclusive); saturday = saturday.plusDays(7)) {
            if (text.length() > 0) {
                text.append(", ");
            }
            LocalDate sunday = saturday.plusDays(1);
            text.append(saturday.getDayOfMonth());
            if (!sunday.isAfter(toInclusive)) {
                if (sunday.getMonthValue() != saturday.getMonthValue()) {
                    text.append(' ').append(MONTH_NAMES[saturday.getMonthValue() - 1], 0, 3);
                }
                text.append('-').append(sunday.getDayOfMonth());
                text.append(' ').append(MONTH_NAMES[sunday.getMonthValue() - 1], 0, 3);
            } else {
                text.append(' ').append(MONTH_NAMES[saturday.getMonthValue() - 1], 0, 3);
            }
        }
        return text.length() == 0 ? "" : " (" + text + " " + toInclusive.getYear() + ")";
    }

    /** "Easter Monday, a bank holiday in England and Wales and Northern Ireland": the holidays the rule skips. */
    static String describeHolidays(List<BankHoliday> holidays, WorkingDayRule rule) {
        Map<String, List<String>> byName = new LinkedHashMap<>();
        for (BankHoliday holiday : holidays) {
            if (rule.excludesHolidaysOf(holiday.division())) {
                byName.computeIfAbsent(holiday.name(), n -> new ArrayList<>()).add(holiday.division().displayName());
            }
        }
        StringBuilder text = new StringBuilder();
        for (Map.Entry<String, List<String>> entry : byName.entrySet()) {
            if (text.length() > 0) {
                text.append("; ");
            }
            List<String> places = entry.getValue();
            text.append(entry.getKey()).append(", a bank holiday in ");
            if (places.size() == Division.values().length) {
                text.append("every part of the UK");
            } else {
                text.append(joinAnd(places)).append(places.size() == 1 && rule == WorkingDayRule.ANY_UK_DIVISION
                        ? " only (a bank holiday in any part of the UK is not a working day)" : "");
            }
        }
        return text.toString();
    }

    private static String joinAnd(List<String> items) {
        if (items.size() == 1) {
            return items.get(0);
        }
        return String.join(", ", items.subList(0, items.size() - 1)) + " and " + items.get(items.size() - 1);
    }
}
