package org.igkit.requests.engine;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import org.igkit.requests.regime.RegimeId;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * "A regime is data" (DESIGN.md) as a test: the engine reads what a regime version says and never asks which
 * regime it has, and the dates the law fixes live in the regime versions and the holiday dataset, not in code.
 */
@AnalyzeClasses(packages = "org.igkit.requests.engine", importOptions = ImportOption.DoNotIncludeTests.class)
class RegimesAreDataTest {
    private static final Path ENGINE_SOURCES = Path.of("src/main/java/org/igkit/requests/engine");
    /** A date literal: LocalDate.of(2026, ...) or a quoted ISO date. */
    private static final Pattern DATE_LITERAL = Pattern.compile("LocalDate\\.of\\(\\s*\\d{4}|\"\\d{4}-\\d{2}-\\d{2}\"");

    @ArchTest
    static final ArchRule theEngineNeverBranchesOnARegimeId = noClasses()
            .that().resideInAPackage("org.igkit.requests.engine..")
            .should().accessClassesThat().belongToAnyOf(RegimeId.class)
            .because("a switch or comparison on a regime id means a regime is code, not data: put what varies on "
                    + "Regime (its builder) instead");

    @Test
    @DisplayName("the engine's sources hold no date literal: legal dates are regime versions or holiday data")
    void noHardCodedDates() throws IOException {
        List<String> found;
        try (Stream<Path> files = Files.list(ENGINE_SOURCES)) {
            found = files.filter(f -> f.toString().endsWith(".java")).flatMap(RegimesAreDataTest::codeLines)
                    .filter(line -> DATE_LITERAL.matcher(line).find()).collect(Collectors.toList());
        }
        assertThat(found).isEmpty();
    }

    /** The lines of {@code file} that are code: documentation examples may show dates. */
    private static Stream<String> codeLines(Path file) {
        try {
            return Files.readAllLines(file).stream().filter(line -> !isComment(line.strip()))
                    .map(line -> file.getFileName() + ": " + line);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static boolean isComment(String line) {
        return line.startsWith("*") || line.startsWith("/*") || line.startsWith("//");
    }
}
