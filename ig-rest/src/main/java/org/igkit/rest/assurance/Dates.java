package org.igkit.rest.assurance;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;

import org.igkit.core.error.ValidationException;

/** The {@code asOf} query parameter of the assurance reads: a date, by default today in London. */
final class Dates {
    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    private Dates() {
    }

    static LocalDate asOf(String text, Clock clock) {
        return text == null || text.isBlank() ? LocalDate.now(clock.withZone(LONDON)) : date("asOf", text);
    }

    static LocalDate date(String field, String text) {
        if (text == null || text.isBlank()) {
            throw new ValidationException(field, "is required (YYYY-MM-DD)", text);
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new ValidationException(field, "must be a date, YYYY-MM-DD", text);
        }
    }
}
