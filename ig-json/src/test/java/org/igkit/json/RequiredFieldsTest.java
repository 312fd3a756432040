package org.igkit.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.igkit.core.error.ValidationException;
import org.igkit.core.error.Violation;

/** Missing fields named all at once, with their place; duplicate keys refused. */
class RequiredFieldsTest {
    private static final ObjectMapper JSON = JsonMapping.newMapper();

    /** A body with primitives, one nested. */
    public record Outer(String name, boolean active, List<Inner> parts) {
    }

    /** A nested value with two primitives. */
    public record Inner(int count, double weight) {
    }

    @Test
    @DisplayName("Every missing primitive is 'is required', nested ones with their path, in one exception")
    void everyMissingPrimitive() {
        assertThatThrownBy(() -> JSON.readValue("{\"parts\": [{\"count\": 1, \"weight\": 2.5}, {}]}", Outer.class))
                .isInstanceOfSatisfying(JsonMappingException.class, e -> {
                    assertThat(violations(e)).extracting(Violation::path, Violation::message).containsExactly(
                            tuple("active", "is required"), tuple("parts[1].count", "is required"),
                            tuple("parts[1].weight", "is required"));
                });
        assertThatThrownBy(() -> JSON.readValue("{\"active\": true, \"parts\": [{}]}", Outer.class))
                .isInstanceOfSatisfying(JsonMappingException.class, e -> {
                    assertThat(violations(e)).extracting(Violation::path).containsExactly("count", "weight");
                    assertThat(e.getPath()).extracting(JsonMappingException.Reference::getFieldName).contains("parts");
                });
    }

    @Test
    @DisplayName("A complete body reads as before")
    void completeBody() throws Exception {
        Outer read = JSON.readValue("{\"name\": \"x\", \"active\": true, \"parts\": [{\"count\": 2, \"weight\": 0.5}]}",
                Outer.class);

        assertThat(read).isEqualTo(new Outer("x", true, List.of(new Inner(2, 0.5))));
    }

    @Test
    @DisplayName("A wrong type is still the type error, not 'is required'")
    void wrongTypeIsNotMissing() {
        assertThatThrownBy(() -> JSON.readValue("{\"active\": \"yes\"}", Outer.class))
                .isInstanceOf(JsonMappingException.class)
                .satisfies(e -> assertThat(violations((JsonMappingException) e)).isEmpty());
    }

    @Test
    @DisplayName("A key given twice is refused by the parser")
    void duplicateKey() {
        assertThatThrownBy(() -> JSON.readValue("{\"name\": \"a\", \"name\": \"b\", \"active\": true}", Outer.class))
                .isInstanceOf(JsonParseException.class).hasMessageContaining("Duplicate field 'name'");
    }

    private static List<Violation> violations(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof ValidationException v) {
                return v.violations();
            }
        }
        return List.of();
    }
}
