package org.igkit.requests.port;

import java.util.Optional;

/** Looks up the school calendars a register's school requests name by id. */
public interface SchoolCalendars {

    /** The calendar with {@code calendarId}, if known. */
    Optional<SchoolCalendar> find(String calendarId);
}
