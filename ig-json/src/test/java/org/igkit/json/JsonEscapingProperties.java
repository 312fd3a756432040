package org.igkit.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import java.util.stream.LongStream;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Any string survives the register exports' JSON quoting: the literal holds no raw control character, quote or
 * backslash outside an escape, and decoding it by RFC 8259 s.7 gives back the string.
 */
class JsonEscapingProperties {

    static Stream<Long> seeds() {
        return LongStream.range(0, 2000).boxed();
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void quotingThenDecodingGivesBackTheString(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        StringBuilder text = new StringBuilder();
        int length = random.nextInt(24);
        for (int i = 0; i < length; i++) {
            int pick = random.nextInt(5);
            char ch = switch (pick) {
                case 0 -> (char) random.nextInt(0x20);
                case 1 -> "\"\\/\u2028\u2029\u007f".charAt(random.nextInt(6));
                case 2 -> (char) (0xD800 + random.nextInt(0x800));
                case 3 -> (char) (0x80 + random.nextInt(0xD800 - 0x80));
                default -> (char) (0x20 + random.nextInt(0x5F));
            };
            text.append(ch);
        }
        String literal = RegisterExportsTest.quoted(text.toString());

        assertThat(literal.chars().filter(c -> c < 0x20)).isEmpty();
        assertThat(decode(literal)).isEqualTo(text.toString());
    }

    /** A strict RFC 8259 string decoder, for the test only. */
    private static String decode(String literal) {
        assertThat(literal).startsWith("\"").endsWith("\"").hasSizeGreaterThanOrEqualTo(2);
        StringBuilder out = new StringBuilder();
        for (int i = 1; i < literal.length() - 1; i++) {
            char ch = literal.charAt(i);
            assertThat(ch).as("unescaped quote at %d", i).isNotEqualTo('"');
            if (ch != '\\') {
                out.append(ch);
                continue;
            }
            char escape = literal.charAt(++i);
            switch (escape) {
                case '"' -> out.append('"');
                case '\\' -> out.append('\\');
                case '/' -> out.append('/');
                case 'b' -> out.append('\b');
                case 'f' -> out.append('\f');
                case 'n' -> out.append('\n');
                case 'r' -> out.append('\r');
                case 't' -> out.append('\t');
                case 'u' -> {
                    out.append((char) Integer.parseInt(literal.substring(i + 1, i + 5), 16));
                    i += 4;
                }
                default -> throw new AssertionError("invalid escape \\" + escape);
            }
        }
        return out.toString();
    }
}
