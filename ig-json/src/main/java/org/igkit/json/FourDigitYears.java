package org.igkit.json;

import java.io.IOException;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.function.Function;
import java.util.function.Predicate;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;

/**
 * Dates and date-times read only with a four-digit year from 1000 to 9999 ({@code SupportedDates}). ISO-8601 and java.time also allow
 * {@code +999999999-12-31}, which no record of ours can carry and which overflows as soon as an engine adds a
 * period to it; such a value is a malformed field (400), refused before any engine sees it.
 */
public final class FourDigitYears {
    private FourDigitYears() {
    }

    /** True when {@code text} is a date {@code YYYY-MM-DD} with a four-digit year. */
    public static boolean isPlainDate(String text) {
        return text.length() == 10 && startsWithDate(text);
    }

    /** True when {@code text} is {@code YYYY-MM-DDT} followed by a time. */
    static boolean isDateTime(String text) {
        return text.length() > 11 && startsWithDate(text) && text.charAt(10) == 'T';
    }

    // checked by hand, not with a regular expression: every date of every request passes here
    private static boolean startsWithDate(String text) {
        // a first digit of 0 is a year before 1000, outside SupportedDates
        return text.length() >= 10 && text.charAt(0) != '0' && digits(text, 0, 4) && text.charAt(4) == '-' && digits(text, 5, 7)
                && text.charAt(7) == '-' && digits(text, 8, 10);
    }

    private static boolean digits(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    /** A plain date of the right shape, read field by field: LocalDate.parse's formatter costs ten times more. */
    private static LocalDate plainDate(String text) {
        return LocalDate.of(Integer.parseInt(text, 0, 4, 10), Integer.parseInt(text, 5, 7, 10),
                Integer.parseInt(text, 8, 10, 10));
    }

    /** The Jackson module reading LocalDate, OffsetDateTime and Instant this way. */
    static SimpleModule module() {
        SimpleModule module = new SimpleModule("igkit-four-digit-years");
        module.addDeserializer(LocalDate.class, new Strict<>(LocalDate.class, FourDigitYears::isPlainDate,
                FourDigitYears::plainDate));
        module.addDeserializer(OffsetDateTime.class, new Strict<>(OffsetDateTime.class, FourDigitYears::isDateTime,
                OffsetDateTime::parse));
        module.addDeserializer(Instant.class, new Strict<>(Instant.class, FourDigitYears::isDateTime,
                text -> OffsetDateTime.parse(text).toInstant()));
        return module;
    }

    /** Reads a string of the expected shape with {@code parse}; anything else is a mismatch naming the type. */
    private static final class Strict<T> extends StdScalarDeserializer<T> {
        private static final long serialVersionUID = 1L;

        private final Class<T> type;
        private final transient Predicate<String> shape;
        private final transient Function<String, T> parse;

        Strict(Class<T> type, Predicate<String> shape, Function<String, T> parse) {
            super(type);
            this.type = type;
            this.shape = shape;
            this.parse = parse;
        }

        @Override
        public T deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            if (parser.currentToken() != JsonToken.VALUE_STRING) {
                return type.cast(context.handleUnexpectedToken(type, parser));
            }
            String text = parser.getText().trim();
            if (!shape.test(text)) {
                return type.cast(context.handleWeirdStringValue(type, text, "not ISO-8601 with a year from 1000 to 9999"));
            }
            try {
                return parse.apply(text);
            } catch (DateTimeException e) {
                return type.cast(context.handleWeirdStringValue(type, text, "not a valid ISO-8601 value"));
            }
        }
    }
}
