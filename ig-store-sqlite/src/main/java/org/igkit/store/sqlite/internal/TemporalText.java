package org.igkit.store.sqlite.internal;

import java.lang.reflect.Type;
import java.sql.Types;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.Period;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import java.util.function.Function;

import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.argument.ArgumentFactory;
import org.jdbi.v3.core.argument.Argument;
import org.jdbi.v3.core.config.ConfigRegistry;

import org.igkit.core.SupportedDates;

/**
 * Every temporal value is stored as ISO-8601 text (docs/dependencies.md, "SQLite": Jdbi's default stores an
 * {@code Instant} as epoch milliseconds and then cannot read it back).
 *
 * <p>Instants and date-times are written with exactly nine fraction digits ({@code 2026-03-29T00:30:00.000000000Z}),
 * not with {@link Instant#toString()}, whose fraction length varies: {@code ...00:00Z} sorts after
 * {@code ...00:00.5Z} as text although it is earlier. Fixed width makes text order equal time order, so that
 * {@code ORDER BY} and range conditions on these columns are correct and can use an index. Dates are
 * {@code YYYY-MM-DD}, which sorts correctly for years 0000 to 9999. Reading accepts any ISO-8601 form.
 */
public final class TemporalText {
    private static final DateTimeFormatter INSTANT =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSSSSS'Z'").withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter LOCAL_DATE_TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSSSSS");

    private TemporalText() {
    }

    /** The stored text of an instant: UTC, nine fraction digits. */
    public static String of(Instant instant) {
        return INSTANT.format(instant);
    }

    /**
     * The stored text of a date: {@code YYYY-MM-DD}. Dates are compared as text in SQL ({@code due_date <= ?}), which
     * is date order only for four-digit years, so a date outside {@link SupportedDates} is refused, never stored.
     */
    public static String of(LocalDate date) {
        return SupportedDates.require("date", date).toString();
    }

    /**
     * The date a stored {@code YYYY-MM-DD} text names, read without a formatter (a page of a thousand records
     * reads several thousand dates); any other ISO form goes through {@link LocalDate#parse}.
     */
    public static LocalDate parseDate(String text) {
        if (text.length() == 10 && text.charAt(4) == '-' && text.charAt(7) == '-') {
            int year = digits(text, 0, 4);
            int month = digits(text, 5, 7);
            int day = digits(text, 8, 10);
            if (year >= 0 && month >= 0 && day >= 0) {
                return LocalDate.of(year, month, day);
            }
        }
        return LocalDate.parse(text);
    }

    private static int digits(String text, int from, int to) {
        int value = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }

    /** The stored text of a local date-time: nine fraction digits, no zone. */
    public static String of(LocalDateTime dateTime) {
        return LOCAL_DATE_TIME.format(dateTime);
    }

    /** Binds and reads java.time values as ISO-8601 text on {@code jdbi}. */
    static void registerOn(Jdbi jdbi) {
        bind(jdbi, Instant.class, TemporalText::of, Instant::parse);
        bind(jdbi, LocalDate.class, TemporalText::of, TemporalText::parseDate);
        bind(jdbi, LocalDateTime.class, TemporalText::of, LocalDateTime::parse);
        // offsets are kept as given: the offset is part of the fact (a deadline "in London time")
        bind(jdbi, OffsetDateTime.class, OffsetDateTime::toString, OffsetDateTime::parse);
        bind(jdbi, Period.class, Period::toString, Period::parse);
        bind(jdbi, Duration.class, Duration::toString, Duration::parse);
    }

    private static <T> void bind(Jdbi jdbi, Class<T> type, Function<T, String> format, Function<String, T> parse) {
        jdbi.registerArgument(new AsText<>(type, format));
        jdbi.registerColumnMapper(type, (results, column, context) -> {
            String text = results.getString(column);
            return text == null ? null : parse.apply(text);
        });
    }

    /** Binds values of exactly one type as text; a null binds SQL NULL. */
    private static final class AsText<T> implements ArgumentFactory.Preparable {
        private final Class<T> type;
        private final Function<T, String> format;

        AsText(Class<T> type, Function<T, String> format) {
            this.type = type;
            this.format = format;
        }

        @Override
        public Optional<Function<Object, Argument>> prepare(Type requested, ConfigRegistry config) {
            if (!type.equals(requested)) {
                return Optional.empty();
            }
            return Optional.of(value -> {
                String text = value == null ? null : format.apply(type.cast(value));
                return (position, statement, context) -> {
                    if (text == null) {
                        statement.setNull(position, Types.VARCHAR);
                    } else {
                        statement.setString(position, text);
                    }
                };
            });
        }
    }
}
