package org.igkit.examples.conformance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;

import org.igkit.core.error.ValidationException;
import org.igkit.core.error.Violation;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every published conformance case (conformance/*.json) through the Java API: the answer has every expected field,
 * or the input is refused with a {@link ValidationException} naming every expected path. The case's title and source
 * are in its file; its id is the test's name.
 */
class JavaApiConformanceTest {

    static Stream<Vector> deadlines() {
        return Vectors.of("deadlines").stream();
    }

    static Stream<Vector> retention() {
        return Vectors.of("retention").stream();
    }

    static Stream<Vector> breach() {
        return Vectors.of("breach").stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("deadlines")
    void deadlineCase(Vector vector) {
        check(vector);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("retention")
    void retentionCase(Vector vector) {
        check(vector);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("breach")
    void breachCase(Vector vector) {
        check(vector);
    }

    private static void check(Vector vector) {
        if (vector.expectsError()) {
            ValidationException refused = catchThrowableOfType(ValidationException.class,
                    () -> JavaCalculators.of(vector.suite()).apply(vector.request()));
            assertThat(refused).as("%s (%s) must be refused", vector, vector.title()).isNotNull();
            List<String> paths = refused.violations().stream().map(Violation::path).toList();
            for (JsonNode path : vector.expectError().path("paths")) {
                assertThat(paths).as("%s: violation paths", vector).contains(path.asText());
            }
            return;
        }
        JsonNode answer = JavaCalculators.of(vector.suite()).apply(vector.request());
        assertThat(JsonMatch.differences(vector.expect(), answer)).as("%s (%s)", vector, vector.title()).isEmpty();
    }
}
