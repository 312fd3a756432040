package org.igkit.requests.engine;

import java.time.LocalDate;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

import org.igkit.requests.calendar.BankHolidayCalendar;
import org.igkit.requests.calendar.DateRange;
import org.igkit.requests.calendar.DayIndex;
import org.igkit.requests.calendar.WorkingDayRule;
import org.igkit.requests.calendar.WorkingDays;
import org.igkit.requests.port.SchoolCalendar;

/**
 * The session days of each school calendar (optionally only those that are also working days), indexed once
 * and kept: a school's requests are counted many times against the same terms. Bounded; thread-safe.
 */
final class SchoolIndexes {
    private static final int LIMIT = 512;

    private final ConcurrentMap<Key, DayIndex> indexes = new ConcurrentHashMap<>();

    /** The days with a session at {@code school} that are also working days of {@code workingDays}, if given. */
    DayIndex of(SchoolCalendar school, WorkingDays workingDays) {
        Key key = new Key(school, workingDays == null ? null : workingDays.rule(),
                workingDays == null ? "" : workingDays.calendar().version());
        DayIndex found = indexes.get(key);
        if (found != null) {
            return found;
        }
        if (indexes.size() > LIMIT) {
            indexes.clear();
        }
        DateRange supported = BankHolidayCalendar.SUPPORTED;
        LocalDate from = school.firstDay().minusYears(1);
        from = from.isAfter(supported.startInclusive()) ? from : supported.startInclusive();
        LocalDate to = school.lastDay().plusYears(1);
        to = to.isAfter(supported.endInclusive()) ? supported.endInclusive() : to;
        DayIndex index = DayIndex.of(DateRange.ofClosed(from, to),
                date -> school.isSessionDay(date) && (workingDays == null || workingDays.isWorkingDay(date)));
        indexes.put(key, index);
        return index;
    }

    private record Key(SchoolCalendar calendar, WorkingDayRule rule, String calendarVersion) {
    }
}
