package org.igkit.store.sqlite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.LongStream;
import java.util.stream.Stream;

import org.igkit.core.error.IgException;
import org.igkit.store.sqlite.internal.JsonText;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The JSON the store keeps nested values in reads back exactly what was written. */
class JsonTextProperties {

    static Stream<Long> seeds() {
        return LongStream.of(1L, 20261121L, 99L).boxed();
    }

    @ParameterizedTest(name = "seed {0}: 2,000 random documents round-trip exactly")
    @MethodSource("seeds")
    void randomDocumentsRoundTrip(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        for (int i = 0; i < 2_000; i++) {
            Object document = value(random, 0);
            assertThat(JsonText.parse(JsonText.write(document))).isEqualTo(document);
        }
    }

    @Test
    void textThatIsNotJsonIsReportedAsACorruptColumn() {
        assertThatThrownBy(() -> JsonText.parse("{\"a\":1")).isInstanceOf(IgException.class)
                .hasMessageContaining("corrupt");
        assertThatThrownBy(() -> JsonText.parse("[1] x")).isInstanceOf(IgException.class)
                .hasMessageContaining("corrupt");
    }

    private static Object value(SplittableRandom random, int depth) {
        int kind = random.nextInt(depth > 3 ? 4 : 6);
        switch (kind) {
            case 0:
                return null;
            case 1:
                return random.nextBoolean();
            case 2:
                return random.nextLong();
            case 3:
                return text(random);
            case 4: {
                List<Object> list = new ArrayList<>();
                for (int i = random.nextInt(4); i > 0; i--) {
                    list.add(value(random, depth + 1));
                }
                return list;
            }
            default: {
                Map<String, Object> map = new LinkedHashMap<>();
                for (int i = random.nextInt(4); i > 0; i--) {
                    map.put(text(random), value(random, depth + 1));
                }
                return map;
            }
        }
    }

    /** Text with quotes, backslashes, control characters, accents and characters outside the BMP. */
    private static String text(SplittableRandom random) {
        String alphabet = "ab \"\\/\n\r\t\u0001\u001f\u00e9\u2014\ud83d\ude00{}[]:,";
        StringBuilder out = new StringBuilder();
        for (int i = random.nextInt(12); i > 0; i--) {
            int at = random.nextInt(alphabet.length());
            char c = alphabet.charAt(at);
            if (Character.isHighSurrogate(c)) {
                out.append(c).append(alphabet.charAt(at + 1));
            } else if (!Character.isLowSurrogate(c)) {
                out.append(c);
            }
        }
        return out.toString();
    }
}
