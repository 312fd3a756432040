package org.igkit.requests.regime;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Something that happened to a request on a date (the local UK date it happened).
 *
 * @param type what happened
 * @param date the day it happened
 */
public record RequestEvent(EventType type, LocalDate date) {
    public RequestEvent {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(date, "date");
    }

    /** {@code type} on {@code date}. */
    public static RequestEvent of(EventType type, LocalDate date) {
        return new RequestEvent(type, date);
    }

    /** Parses the spec vocabulary: a snake_case type id and an ISO date. */
    public static RequestEvent parse(String type, String isoDate) {
        return new RequestEvent(EventType.parse(type), Dates.parse("date", isoDate));
    }

    @Override
    public String toString() {
        return type.id() + "@" + date;
    }
}
