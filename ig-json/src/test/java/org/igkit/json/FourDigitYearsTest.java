package org.igkit.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.Random;
import java.util.regex.Pattern;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The hand-written date check and reader accept exactly what the regular expression {@code [1-9]\d{3}-\d{2}-\d{2}} (years 1000 to 9999) and
 * {@code LocalDate.parse} together accepted before, with the same value: seeded strings near and far from a date.
 */
class FourDigitYearsTest {
    private static final Pattern DATE = Pattern.compile("[1-9]\\d{3}-\\d{2}-\\d{2}");
    private static final ObjectMapper MAPPER = JsonMapping.newMapper();
    private static final String ALPHABET = "0123456789-T+ :٢x";

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3})
    void aDateIsAcceptedExactlyWhenTheRegularExpressionAndTheIsoParserAcceptIt(long seed) {
        Random random = new Random(seed);
        for (int i = 0; i < 20_000; i++) {
            String text = candidate(random);
            assertThat(read(text)).as(text).isEqualTo(oracle(text));
            assertThat(FourDigitYears.isPlainDate(text)).as(text).isEqualTo(DATE.matcher(text).matches());
        }
    }

    private static String candidate(Random random) {
        switch (random.nextInt(3)) {
            case 0: // a real or nearly real date
                return String.format("%04d-%02d-%02d", random.nextInt(10_000), random.nextInt(14), random.nextInt(33));
            case 1: // a date with one character changed
                char[] chars = String.format("%04d-%02d-%02d", 1900 + random.nextInt(200), 1 + random.nextInt(12),
                        1 + random.nextInt(28)).toCharArray();
                chars[random.nextInt(chars.length)] = ALPHABET.charAt(random.nextInt(ALPHABET.length()));
                return new String(chars);
            default: // anything of about that length
                StringBuilder text = new StringBuilder();
                for (int n = random.nextInt(13); n > 0; n--) {
                    text.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
                }
                return text.toString();
        }
    }

    private static Optional<LocalDate> oracle(String raw) {
        String text = raw.trim(); // the reader trims, before and after
        if (!DATE.matcher(text).matches()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(text));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private static Optional<LocalDate> read(String text) {
        try {
            return Optional.of(MAPPER.readValue("\"" + text + "\"", LocalDate.class));
        } catch (JsonProcessingException e) {
            return Optional.empty();
        }
    }
}
