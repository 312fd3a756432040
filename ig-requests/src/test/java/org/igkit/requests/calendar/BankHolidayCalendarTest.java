package org.igkit.requests.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.igkit.core.error.ValidationException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The shipped GOV.UK dataset, the statutory projection, and calendar versions. */
class BankHolidayCalendarTest {
    private static final BankHolidayCalendar SHIPPED = BankHolidayCalendar.shipped();

    @Test
    @DisplayName("The shipped dataset parses, covers 2015-2028 and is versioned by its content hash")
    void shippedDatasetParses() {
        assertThat(SHIPPED.dataCoverage()).isEqualTo(DateRange.parse("2015-01-01", "2028-12-31"));
        assertThat(SHIPPED.version()).matches("gov\\.uk-sha256:[0-9a-f]{12}");
        assertThat(SHIPPED.changes()).isEmpty();
        assertThat(SHIPPED.holidaysIn(2024, Division.ENGLAND_AND_WALES)).extracting(BankHoliday::date)
                .containsExactly(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 3, 29), LocalDate.of(2024, 4, 1),
                        LocalDate.of(2024, 5, 6), LocalDate.of(2024, 5, 27), LocalDate.of(2024, 8, 26),
                        LocalDate.of(2024, 12, 25), LocalDate.of(2024, 12, 26));
    }

    @Test
    @DisplayName("Spec §1.3: per-division counts of the GOV.UK data for 2022 (Jubilee and State Funeral year)")
    void counts2022() {
        assertThat(SHIPPED.holidaysIn(2022, Division.ENGLAND_AND_WALES)).hasSize(10);
        assertThat(SHIPPED.holidaysIn(2022, Division.SCOTLAND)).hasSize(11);
        assertThat(SHIPPED.holidaysIn(2022, Division.NORTHERN_IRELAND)).hasSize(12);
    }

    @Test
    @DisplayName("One-off days: 4 May 2020 is not a holiday but 8 May is; 30 May 2022 is not, 2-3 June and 19 September are; 8 May 2023")
    void oneOffDays() {
        for (Division division : Division.values()) {
            assertThat(SHIPPED.isHoliday(LocalDate.of(2020, 5, 4), division)).isFalse();
            assertThat(SHIPPED.isHoliday(LocalDate.of(2020, 5, 8), division)).isTrue();
            assertThat(SHIPPED.isHoliday(LocalDate.of(2022, 5, 30), division)).isFalse();
            assertThat(SHIPPED.isHoliday(LocalDate.of(2022, 6, 2), division)).isTrue();
            assertThat(SHIPPED.isHoliday(LocalDate.of(2022, 6, 3), division)).isTrue();
            assertThat(SHIPPED.isHoliday(LocalDate.of(2022, 9, 19), division)).isTrue();
            assertThat(SHIPPED.isHoliday(LocalDate.of(2023, 5, 8), division)).isTrue();
        }
        assertThat(SHIPPED.isHoliday(LocalDate.of(2026, 6, 15), Division.SCOTLAND)).isTrue();
        assertThat(SHIPPED.isHoliday(LocalDate.of(2026, 6, 15), Division.ENGLAND_AND_WALES)).isFalse();
    }

    static Stream<Arguments> yearsWithoutOneOffs() {
        return IntStream.rangeClosed(2015, 2028).boxed().flatMap(year -> Stream.of(Division.values())
                .filter(d -> !(year == 2020 || year == 2022 || year == 2023 || year == 2026 && d == Division.SCOTLAND))
                .map(d -> Arguments.of(year, d)));
    }

    @ParameterizedTest(name = "{1} {0}")
    @MethodSource("yearsWithoutOneOffs")
    @DisplayName("The statutory projection reproduces the GOV.UK data in every year without a one-off day")
    void projectionMatchesPublishedData(int year, Division division) {
        assertThat(HolidayRules.project(year, division)).extracting(BankHoliday::date)
                .containsExactlyElementsOf(SHIPPED.holidaysIn(year, division).stream().map(BankHoliday::date).toList());
    }

    @Test
    @DisplayName("Years outside the data are projected and say so: 2029 in England has Easter Monday 2 April")
    void projectedYears() {
        LocalDate easterMonday2029 = LocalDate.of(2029, 4, 2);
        assertThat(SHIPPED.isProjected(easterMonday2029)).isTrue();
        assertThat(SHIPPED.holidaysOn(easterMonday2029)).allMatch(BankHoliday::isProjected)
                .extracting(BankHoliday::division).containsExactlyInAnyOrder(Division.ENGLAND_AND_WALES,
                        Division.NORTHERN_IRELAND);
        assertThat(HolidayRules.easterSunday(2024)).isEqualTo(LocalDate.of(2024, 3, 31));
        assertThat(HolidayRules.easterSunday(2038)).isEqualTo(LocalDate.of(2038, 4, 25));
    }

    @Test
    @DisplayName("Adding a proclaimed holiday makes a new version; removing it again is another version")
    void embedderChangesMakeNewVersions() {
        BankHoliday proclaimed = BankHoliday.proclaimed(LocalDate.of(2027, 6, 7), Division.ENGLAND_AND_WALES,
                "Proclaimed bank holiday", LocalDate.of(2027, 3, 1));
        BankHolidayCalendar added = SHIPPED.withHolidayAdded(proclaimed);
        assertThat(added.version()).startsWith(SHIPPED.version() + "+").isNotEqualTo(SHIPPED.version());
        assertThat(added.isHoliday(LocalDate.of(2027, 6, 7), Division.ENGLAND_AND_WALES)).isTrue();
        assertThat(SHIPPED.isHoliday(LocalDate.of(2027, 6, 7), Division.ENGLAND_AND_WALES)).isFalse();
        assertThat(added.workingDays(WorkingDayRule.ANY_UK_DIVISION).isWorkingDay(LocalDate.of(2027, 6, 7))).isFalse();
        BankHolidayCalendar removed = added.withHolidayRemoved(LocalDate.of(2027, 6, 7), Division.ENGLAND_AND_WALES);
        assertThat(removed.version()).isNotEqualTo(added.version()).isNotEqualTo(SHIPPED.version());
        assertThat(SHIPPED.withHolidayAdded(proclaimed).version()).isEqualTo(added.version());
        assertThatThrownBy(() -> SHIPPED.withHolidayRemoved(LocalDate.of(2027, 6, 8), Division.SCOTLAND))
                .isInstanceOf(ValidationException.class).hasMessageContaining("date");
    }

    @Test
    @DisplayName("A dataset with a bad row is refused, naming the line")
    void badDatasetNamesTheLine() {
        byte[] bad = "coverage=2024-2024\nENGLAND_AND_WALES,2024-13-01,new_year,\n".getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> BankHolidayCalendar.parse(bad)).isInstanceOf(ValidationException.class)
                .hasMessageContaining("line 2");
    }

    @Test
    @DisplayName("Working-day rules: FOIA skips Scotland- and NI-only days; FOISA skips only Scotland's")
    void workingDayRules() {
        WorkingDays foia = SHIPPED.workingDays(WorkingDayRule.ANY_UK_DIVISION);
        WorkingDays foisa = SHIPPED.workingDays(WorkingDayRule.SCOTLAND);
        List<LocalDate> scotlandOnly = List.of(LocalDate.of(2025, 1, 2), LocalDate.of(2025, 8, 4), LocalDate.of(2025, 12, 1));
        List<LocalDate> elsewhereOnly = List.of(LocalDate.of(2025, 3, 17), LocalDate.of(2025, 7, 14),
                LocalDate.of(2025, 4, 21), LocalDate.of(2025, 8, 25));
        scotlandOnly.forEach(d -> assertThat(foia.isWorkingDay(d)).as("FOIA %s", d).isFalse());
        scotlandOnly.forEach(d -> assertThat(foisa.isWorkingDay(d)).as("FOISA %s", d).isFalse());
        elsewhereOnly.forEach(d -> assertThat(foia.isWorkingDay(d)).as("FOIA %s", d).isFalse());
        elsewhereOnly.forEach(d -> assertThat(foisa.isWorkingDay(d)).as("FOISA %s", d).isTrue());
        assertThat(foia.holidaysBetween(LocalDate.of(2025, 11, 28), LocalDate.of(2025, 12, 2)))
                .extracting(NonWorkingDay::date).containsExactly(LocalDate.of(2025, 12, 1));
    }

    @Test
    @DisplayName("Weekend days between two dates are computed, not walked")
    void weekendArithmetic() {
        assertThat(WorkingDays.weekendDaysBetween(LocalDate.of(2024, 10, 2), LocalDate.of(2024, 10, 30))).isEqualTo(8);
        assertThat(WorkingDays.weekendDaysBetween(LocalDate.of(2024, 10, 4), LocalDate.of(2024, 10, 6))).isEqualTo(2);
        assertThat(WorkingDays.weekendDaysBetween(LocalDate.of(2024, 10, 6), LocalDate.of(2024, 10, 6))).isZero();
    }
}
