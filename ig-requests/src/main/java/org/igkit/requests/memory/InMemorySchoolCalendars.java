package org.igkit.requests.memory;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.igkit.requests.port.SchoolCalendar;
import org.igkit.requests.port.SchoolCalendars;

/** {@link SchoolCalendars} in a map, keyed by calendar id. Thread-safe. */
public final class InMemorySchoolCalendars implements SchoolCalendars {
    private final Map<String, SchoolCalendar> byId = new ConcurrentHashMap<>();

    private InMemorySchoolCalendars() {
    }

    /** An empty directory. */
    public static InMemorySchoolCalendars create() {
        return new InMemorySchoolCalendars();
    }

    /** Adds or replaces {@code calendar} under its id. */
    public InMemorySchoolCalendars put(SchoolCalendar calendar) {
        byId.put(Objects.requireNonNull(calendar, "calendar").id(), calendar);
        return this;
    }

    @Override
    public Optional<SchoolCalendar> find(String calendarId) {
        return calendarId == null ? Optional.empty() : Optional.ofNullable(byId.get(calendarId));
    }
}
