package org.igkit.retention.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.time.LocalDate;

import org.igkit.core.error.ValidationException;
import org.igkit.core.error.Violation;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ScheduleCsvTest {

    @Test
    @DisplayName("STYLE.md 3: every shipped sample schedule parses, with sources, and [R] rows are marked unverified")
    void theSamplesLoad() {
        Schedule school = SampleSchedules.school();
        Schedule council = SampleSchedules.council();
        assertThat(school.entries()).hasSizeGreaterThan(20);
        assertThat(council.entries()).hasSizeGreaterThan(12);
        for (Schedule s : new Schedule[] {school, council}) {
            assertThat(s.entries()).allSatisfy(e -> assertThat(e.citations()).isNotEmpty());
        }
        assertThat(school.findEntry("S5", LocalDate.of(2026, 1, 1)).orElseThrow().verified()).isFalse();
        assertThat(school.findEntry("S7", LocalDate.of(2026, 1, 1)).orElseThrow().verified()).isTrue();
        assertThat(council.findEntry("ADM-1", LocalDate.of(2026, 1, 1)).orElseThrow().isAuthorityPending()).isTrue();
    }

    @Test
    @DisplayName("Spec 2.1 S10/S11: the attendance register rule changed on 19 Aug 2024; the version in effect is looked up by date")
    void versionsAreLookedUpByDate() {
        Schedule school = SampleSchedules.school();
        assertThat(school.findEntry("S10", LocalDate.of(2024, 8, 18))).isPresent();
        assertThat(school.findEntry("S10", LocalDate.of(2024, 8, 19))).isEmpty();
        assertThat(school.findEntry("S11", LocalDate.of(2024, 8, 19)).orElseThrow().rule().toText()).isEqualTo("entryMade + 6y");
        Schedule next = school.withNewVersionOf(school.findLatestEntry("S16").orElseThrow()
                .withEffective(LocalDate.of(2027, 1, 1), null).withRule(org.igkit.retention.rule.RuleText.parse("employmentEnded + 7y")));
        assertThat(next.findEntry("S16", LocalDate.of(2026, 12, 31)).orElseThrow().rule().toText()).isEqualTo("employmentEnded + 6y");
        assertThat(next.findEntry("S16", LocalDate.of(2027, 1, 1)).orElseThrow().rule().toText()).isEqualTo("employmentEnded + 7y");
    }

    @Test
    void writingAndReadingRoundTrips() {
        Schedule school = SampleSchedules.school();
        assertThat(ScheduleCsv.readEntries(new StringReader(ScheduleCsv.write(school.entries())))).isEqualTo(school.entries());
    }

    @Test
    @DisplayName("Every error of a file is reported at once with line and column, and nothing is loaded")
    void everyErrorAtOnce() {
        String csv = "# a comment\n"
                + ScheduleCsv.HEADER + "\n"
                + "A,1,Good,closed + 6y,DESTROY,,,2020-01-01,,APPROVED,true\n"
                + "B,1,Bad rule,closed + ,DESTROY,,,2020-01-01,,APPROVED,true\n"
                + "C,1,Bad action,closed + 6y,BURN,,,2020-13-01,,MAYBE,yes\n"
                + "D,1,Short line\n"
                + "E,1,\"Unclosed,closed + 1y\n"
                + "F,1,Bad citation,closed + 1y,DESTROY,,Act; s.1; not a uri,2020-01-01,,APPROVED,true\n"
                + "G,1,Bad range,closed + 1y,DESTROY,,Act; s.1,2020-01-01,2019-01-01,APPROVED,true\n";
        assertThatThrownBy(() -> ScheduleCsv.read("s", "S", "", new StringReader(csv)))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations()).extracting(Violation::path)
                        .containsExactly("lines[4].rule", "lines[5].action", "lines[5].effectiveFrom", "lines[5].authority",
                                "lines[5].verified", "lines[6]", "lines[7]", "lines[8].citations", "lines[9].effectiveTo"));
        assertThatThrownBy(() -> ScheduleCsv.readEntries(new StringReader(csv)))
                .hasMessageContaining("line 4, column 4 (rule): character 10 of the rule: expected an offset");
    }

    @Test
    void aMissingOrWrongHeaderIsAnError() {
        assertThatThrownBy(() -> ScheduleCsv.readEntries(new StringReader("# only comments\n")))
                .isInstanceOf(ValidationException.class).hasMessageContaining("no header");
        assertThatThrownBy(() -> ScheduleCsv.readEntries(new StringReader("id,rule\n")))
                .isInstanceOf(ValidationException.class).hasMessageContaining("the header must be");
    }

    @Test
    void overlappingVersionsOfAnEntryAreRefused() {
        String csv = ScheduleCsv.HEADER + "\n"
                + "A,1,One,closed + 6y,DESTROY,,,2020-01-01,,APPROVED,true\n"
                + "A,1,Two,closed + 7y,DESTROY,,,2021-01-01,,APPROVED,true\n";
        assertThatThrownBy(() -> ScheduleCsv.read("s", "S", "", new StringReader(csv)))
                .isInstanceOf(ValidationException.class).hasMessageContaining("schedule.entries[1].effectiveFrom");
    }

    @Test
    @DisplayName("An unclosed quote is named by its line and column, comment lines counted, and the lines after it are still checked")
    void anUnclosedQuoteNamesItsLineAndColumn() {
        String csv = "# provenance: a comment line\n"
                + "# and another\n"
                + ScheduleCsv.HEADER + "\n"
                + "A,1,\"Unclosed title,closed + 6y,DESTROY,,,2020-01-01,,APPROVED,true\n"
                + "\n"
                + "B,1,Fine,closed + 6y,DESTROY,,,2020-01-01,,APPROVED,maybe\n";
        assertThatThrownBy(() -> ScheduleCsv.readEntries(new StringReader(csv)))
                .isInstanceOfSatisfying(ValidationException.class, e -> {
                    assertThat(e.violations()).extracting(Violation::path).containsExactly("lines[4]", "lines[6].verified");
                    assertThat(e.violations().get(0).message()).startsWith("line 4, column 5: ")
                            .contains("quoted field is never closed");
                });
    }

    @Test
    @DisplayName("RFC 4180 quoting: quoted commas and doubled quotes are read, a stray quote is named with its column")
    void quotedFieldsFollowRfc4180() {
        String good = ScheduleCsv.HEADER + "\n"
                + "A,1,\"Minutes, \"\"signed\"\"\",closed + 6y,DESTROY,,,2020-01-01,,APPROVED,true\n";
        assertThat(ScheduleCsv.readEntries(new StringReader(good))).singleElement()
                .satisfies(entry -> assertThat(entry.title()).isEqualTo("Minutes, \"signed\""));
        String stray = ScheduleCsv.HEADER + "\n"
                + "A,1,\"Minutes\" signed,closed + 6y,DESTROY,,,2020-01-01,,APPROVED,true\n";
        assertThatThrownBy(() -> ScheduleCsv.readEntries(new StringReader(stray)))
                .isInstanceOf(ValidationException.class).hasMessageContaining("line 2, column 14");
    }
}
