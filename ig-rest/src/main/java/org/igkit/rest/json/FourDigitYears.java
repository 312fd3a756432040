package org.igkit.rest.json;

import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.function.Function;
import java.util.regex.Pattern;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;

/**
 * Dates and date-times read only with a four-digit year (0001 to 9999). ISO-8601 and java.time also allow
 * {@code +999999999-12-31}, which no record of ours can carry and which overflows as soon as an engine adds a
 * period to it; such a value is a malformed field (400), refused before any engine sees it.
 */
public final class FourDigitYears {
    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern DATE_TIME = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T.+");

    private FourDigitYears() {
    }

    /** True when {@code text} is a date {@code YYYY-MM-DD} with a four-digit year. */
    public static boolean isPlainDate(String text) {
        return DATE.matcher(text).matches();
    }

    /** The Jackson module reading LocalDate, OffsetDateTime and Instant this way. */
    static SimpleModule module() {
        SimpleModule module = new SimpleModule("igkit-four-digit-years");
        module.addDeserializer(LocalDate.class, new Strict<>(LocalDate.class, DATE, LocalDate::parse));
        module.addDeserializer(OffsetDateTime.class, new Strict<>(OffsetDateTime.class, DATE_TIME, OffsetDateTime::parse));
        module.addDeserializer(Instant.class, new Strict<>(Instant.class, DATE_TIME,
                text -> OffsetDateTime.parse(text).toInstant()));
        return module;
    }

    /** Reads a string of the expected shape with {@code parse}; anything else is a mismatch naming the type. */
    private static final class Strict<T> extends StdScalarDeserializer<T> {
        private static final long serialVersionUID = 1L;

        private final Class<T> type;
        private final transient Pattern shape;
        private final transient Function<String, T> parse;

        Strict(Class<T> type, Pattern shape, Function<String, T> parse) {
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
            if (!shape.matcher(text).matches()) {
                return type.cast(context.handleWeirdStringValue(type, text, "not ISO-8601 with a four-digit year"));
            }
            try {
                return parse.apply(text);
            } catch (DateTimeParseException e) {
                return type.cast(context.handleWeirdStringValue(type, text, "not a valid ISO-8601 value"));
            }
        }
    }
}
