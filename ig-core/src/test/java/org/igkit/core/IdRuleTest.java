package org.igkit.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Random;
import java.util.stream.LongStream;
import java.util.stream.Stream;

import org.igkit.core.error.ValidationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class IdRuleTest {
    private static final String SAFE = "ABCXYZabcxyz0189._:-";
    private static final String ANY = SAFE + " /\\\u0000\u202E\u00e9=+@\t\r\n'\"<>%|";

    @Test
    void theIdsRegistersUseAreAllowed() {
        assertThat(Stream.of("HR-001", "FOI-2026.001:a_b", "R", "9", "x".repeat(IdRule.MAX_LENGTH)))
                .allMatch(IdRule::allows);
    }

    @Test
    void whatBreaksAPathALogOrASpreadsheetIsRefusedNamingTheField() {
        assertThat(Stream.of(null, "", "../../x", "R\u00001", "R\u202E1", "=1+1", "-1", "@x", " R", "R 1", "R/1",
                "x".repeat(IdRule.MAX_LENGTH + 1))).noneMatch(IdRule::allows);
        assertThatThrownBy(() -> IdRule.require("recordId", "../../x")).isInstanceOf(ValidationException.class)
                .hasMessageContaining("recordId").hasMessageContaining("letters, digits");
    }

    static Stream<Long> seeds() {
        return LongStream.rangeClosed(1, 50).boxed();
    }

    /** Allowed exactly when every character is safe, the first is a letter or digit, and it is 1 to 64 long. */
    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void allowsExactlyTheStatedAlphabet(long seed) {
        Random random = new Random(seed);
        for (int n = 0; n < 200; n++) {
            StringBuilder id = new StringBuilder();
            int length = random.nextInt(IdRule.MAX_LENGTH + 3);
            String alphabet = random.nextInt(4) == 0 ? ANY : SAFE;
            for (int i = 0; i < length; i++) {
                id.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String text = id.toString();
            boolean expected = !text.isEmpty() && text.length() <= IdRule.MAX_LENGTH
                    && Character.isLetterOrDigit(text.charAt(0))
                    && text.chars().allMatch(c -> SAFE.indexOf(c) >= 0);
            assertThat(IdRule.allows(text)).as(text).isEqualTo(expected);
        }
    }
}
