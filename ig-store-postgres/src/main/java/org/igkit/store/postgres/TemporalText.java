package org.igkit.store.postgres;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * The text form of instants inside stored text (JSON documents, instant columns): UTC with nine fraction digits,
 * so text order is time order and nanoseconds survive. Dates in columns are {@code DATE}, not text.
 */
final class TemporalText {
    private static final DateTimeFormatter INSTANT =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSSSSS'Z'").withZone(ZoneOffset.UTC);

    private TemporalText() {
    }

    static String of(Instant instant) {
        return INSTANT.format(instant);
    }

    static String of(LocalDate date) {
        return date.toString();
    }

    static LocalDate parseDate(String text) {
        return LocalDate.parse(text);
    }
}
