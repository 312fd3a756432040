package org.igkit.requests.engine;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

import org.igkit.core.error.ValidationException;
import org.igkit.requests.calendar.BankHolidayCalendar;
import org.igkit.requests.port.SchoolCalendar;
import org.igkit.requests.port.SchoolCalendars;
import org.igkit.requests.register.InformationRequest;

/**
 * Which open requests a calendar change moves, and by how much: run it before adopting a new calendar version
 * (for example after adding the 19 September 2022 State Funeral bank holiday) to tell case officers.
 */
public final class CalendarImpact {
    private CalendarImpact() {
    }

    /**
     * The due-date changes of {@code openRequests} between the calendar versions {@code before} and
     * {@code after}, counted with {@code engine}'s options. Requests with no running clock, closed requests and
     * unchanged ones are left out; school requests take their calendar from {@code schools}.
     */
    public static List<DueDateChange> between(DeadlineEngine engine, BankHolidayCalendar before,
                                              BankHolidayCalendar after, Collection<InformationRequest> openRequests,
                                              SchoolCalendars schools) {
        Objects.requireNonNull(schools, "schools");
        DeadlineEngine old = engine.withCalendar(before);
        DeadlineEngine updated = engine.withCalendar(after);
        List<DueDateChange> changes = new ArrayList<>();
        for (InformationRequest request : openRequests) {
            if (!request.isOpen()) {
                continue;
            }
            SchoolCalendar school = request.findSchoolCalendarId().flatMap(schools::find).orElse(null);
            DeadlineQuery query = DeadlineQuery.from(request, school).withAsOf(request.received());
            try {
                DeadlineResult was = old.calculate(query);
                DeadlineResult now = updated.calculate(query);
                if (was.dueDate() != null && now.dueDate() != null && !was.dueDate().equals(now.dueDate())) {
                    changes.add(new DueDateChange(request.id(), request.reference(), was.dueDate(), now.dueDate()));
                }
            } catch (ValidationException e) {
                throw e.under("requests[" + request.id() + "]");
            }
        }
        return changes;
    }
}
