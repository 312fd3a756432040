package org.igkit.requests.regime;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * Something that happened to a request on a date (the local UK date it happened).
 *
 * @param type   what happened
 * @param date   the day it happened
 * @param length for an extension notice, the length the authority chose when shorter than the most the regime
 *               allows (e.g. 10 further working days), else {@code null}: the extension is the regime's full one
 */
public record RequestEvent(EventType type, LocalDate date, ExtensionLength length) {
    public RequestEvent {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(date, "date");
    }

    /** {@code type} on {@code date}, with no chosen length. */
    public RequestEvent(EventType type, LocalDate date) {
        this(type, date, null);
    }

    /** {@code type} on {@code date}. */
    public static RequestEvent of(EventType type, LocalDate date) {
        return new RequestEvent(type, date, null);
    }

    /** An extension notice of {@code type} on {@code date} for the chosen {@code length}. */
    public static RequestEvent extension(EventType type, LocalDate date, ExtensionLength length) {
        return new RequestEvent(type, date, Objects.requireNonNull(length, "length"));
    }

    /** Parses the spec vocabulary: a snake_case type id and an ISO date. */
    public static RequestEvent parse(String type, String isoDate) {
        return new RequestEvent(EventType.parse(type), Dates.parse("date", isoDate));
    }

    /** The chosen length of an extension, if one was given. */
    public Optional<ExtensionLength> findLength() {
        return Optional.ofNullable(length);
    }

    @Override
    public String toString() {
        return type.id() + "@" + date + (length == null ? "" : " (" + length + ")");
    }
}
