package org.igkit.assets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The small JSON writer the core uses instead of a library. */
class JsonTest {

    @Test
    @DisplayName("RFC 8259 s.7: quote, backslash and control characters are escaped")
    void stringsAreEscaped() {
        assertThat(Json.quote("a\"b\\c\nd\re\tf\bg\fh\u0001i")).isEqualTo(
                "\"a\\\"b\\\\c\\nd\\re\\tf\\bg\\fh\\u0001i\"");
    }

    @Test
    @DisplayName("U+2028, U+2029 and unpaired surrogates are escaped; pairs and other text are kept as they are")
    void unicodeIsKeptOrEscaped() {
        assertThat(Json.quote("é€\u2028\u2029")).isEqualTo("\"é€\\u2028\\u2029\"");
        assertThat(Json.quote("\uD83D\uDE00")).isEqualTo("\"\uD83D\uDE00\"");
        assertThat(Json.quote("x\uD83Dy\uDE00")).isEqualTo("\"x\\ud83dy\\ude00\"");
        assertThat(Json.quote("/")).isEqualTo("\"/\"");
    }

    @Test
    @DisplayName("Maps keep their order; lists, booleans, integers and null are written compactly")
    void valuesAreWritten() {
        Map<String, Object> object = new LinkedHashMap<>();
        object.put("name", "HR");
        object.put("tags", List.of("a", "b"));
        object.put("personal", true);
        object.put("version", 3L);
        object.put("dpo", null);
        object.put("empty", List.of());
        object.put("nested", Map.of("k", Arrays.asList((Object) null)));
        assertThat(Json.write(object)).isEqualTo(
                "{\"name\":\"HR\",\"tags\":[\"a\",\"b\"],\"personal\":true,\"version\":3,\"dpo\":null,"
                        + "\"empty\":[],\"nested\":{\"k\":[null]}}");
    }

    @Test
    @DisplayName("Values it cannot write faithfully (floating point, objects) are refused")
    void otherValuesAreRefused() {
        assertThatThrownBy(() -> Json.write(1.5d)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Json.write(new Object())).isInstanceOf(IllegalArgumentException.class);
    }
}
