package org.igkit.core.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import java.util.stream.LongStream;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** OWASP "CSV Injection": the cells spreadsheets run as formulas are written as text. */
class FormulaGuardTest {

    @ParameterizedTest(name = "{0} is guarded")
    @ValueSource(strings = {"=1+1", "+44 20 7946 0000", "-2+3", "@SUM(A1)", "\t=cmd", "\r=cmd",
        "=HYPERLINK(\"http://x\",\"y\")", "'=already quoted once"})
    @DisplayName("OWASP CSV injection: cells starting with = + - @ tab or CR get a leading apostrophe")
    void formulaCellsAreGuarded(String cell) {
        assertThat(FormulaGuard.protect(cell)).isEqualTo("'" + cell);
        assertThat(FormulaGuard.needsGuard(cell)).isTrue();
    }

    @ParameterizedTest(name = "{0} is left alone")
    @ValueSource(strings = {"", "Pupil records", "'quoted text", "a=b", "2024-10-02", " =spaced"})
    void plainCellsAreUnchanged(String cell) {
        assertThat(FormulaGuard.protect(cell)).isEqualTo(cell);
        assertThat(FormulaGuard.unprotect(cell)).isEqualTo(cell);
    }

    static LongStream seeds() {
        return LongStream.range(0, 500).map(i -> 20261202L + i);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    @DisplayName("Property: unprotect(protect(cell)) is cell, and protect never leaves a formula first")
    void theGuardIsAnExactInverse(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        String alphabet = "'=+-@\t\rab ,\"";
        StringBuilder cell = new StringBuilder();
        for (int i = random.nextInt(0, 8); i > 0; i--) {
            cell.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        String text = cell.toString();
        String written = FormulaGuard.protect(text);
        assertThat(FormulaGuard.unprotect(written)).isEqualTo(text);
        assertThat(written.isEmpty() || "=+-@\t\r".indexOf(written.charAt(0)) < 0).isTrue();
    }
}
