package org.igkit.store.postgres;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * The text form of instants in instant columns: UTC with nine fraction digits, so text order is time order and
 * nanoseconds survive. Dates in columns are {@code DATE}, not text; the JSON documents are ig-json's.
 */
final class TemporalText {
    private static final DateTimeFormatter INSTANT =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSSSSS'Z'").withZone(ZoneOffset.UTC);

    private TemporalText() {
    }

    static String of(Instant instant) {
        return INSTANT.format(instant);
    }
}
