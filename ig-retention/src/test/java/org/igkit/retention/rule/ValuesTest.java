package org.igkit.retention.rule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Map;

import org.igkit.core.error.ValidationException;
import org.igkit.core.error.Violation;
import org.igkit.retention.schedule.EntryRef;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Inputs that can be wrong are refused with the field named, every violation at once. */
class ValuesTest {

    @Test
    void factsFromARequestMapAreDatesOrFlagsAndEveryBadValueIsReported() {
        RecordFacts facts = RecordFacts.from(Map.of("dateOfBirth", LocalDate.of(2001, 5, 10), "looked_after", true));
        assertThat(facts.findDate("dateOfBirth")).contains(LocalDate.of(2001, 5, 10));
        assertThat(facts.findFlag("looked_after")).contains(true);
        assertThatThrownBy(() -> RecordFacts.from(Map.of("a", "2001-05-10", "b", 3)))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations()).extracting(Violation::path)
                        .containsExactlyInAnyOrder("facts.a", "facts.b"));
        assertThatThrownBy(() -> RecordFacts.ofDates(Map.of("later", LocalDate.of(2001, 1, 1))))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations().get(0).path()).isEqualTo("facts.later"));
    }

    @Test
    void settingsReportEveryBadFieldAtOnce() {
        assertThatThrownBy(() -> new RetentionCalendar(MonthDay.of(4, 30), null, MonthDay.of(4, 6), null, DueDateConvention.ON_THE_DATE))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations()).extracting(Violation::path)
                        .containsExactly("financialYearStart", "academicYearStart", "leapDayPolicy"));
    }

    @Test
    void offsetsAreNeverNegativeNorZero() {
        assertThatThrownBy(() -> Offset.of(-1, 0, 0)).isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> Offset.of(0, 0, 0)).isInstanceOf(ValidationException.class);
        assertThat(Offset.of(1, 6, 0).toString()).isEqualTo("1y6m");
        assertThat(Offset.of(1, 6, 0).toWords()).isEqualTo("1 year 6 months");
    }

    @Test
    void entryReferencesReadAndWriteTheirTextForm() {
        assertThat(EntryRef.parse("sample-school/S21")).isEqualTo(EntryRef.of("sample-school", "S21"));
        assertThat(EntryRef.of("sample-school", "S21").toString()).isEqualTo("sample-school/S21");
        assertThatThrownBy(() -> EntryRef.parse("no-slash")).isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> EntryRef.of("", "x y")).isInstanceOfSatisfying(ValidationException.class,
                e -> assertThat(e.violations()).extracting(Violation::path).containsExactly("scheduleId", "entryId"));
    }

    @Test
    void ageUsesTheLeapDayPolicy() {
        RetentionCalendar feb28 = RetentionCalendar.ukDefaults();
        RetentionCalendar march1 = feb28.withLeapDayPolicy(LeapDayPolicy.MARCH_1);
        LocalDate born = LocalDate.of(2000, 2, 29);
        assertThat(feb28.ageOn(born, LocalDate.of(2017, 2, 28))).isEqualTo(17);
        assertThat(march1.ageOn(born, LocalDate.of(2017, 2, 28))).isEqualTo(16);
        assertThat(march1.ageOn(born, LocalDate.of(2017, 3, 1))).isEqualTo(17);
        assertThat(feb28.ageOn(born, LocalDate.of(1999, 1, 1))).isEqualTo(-1);
        assertThat(feb28.ageOn(born, born)).isZero();
    }

    @Test
    @DisplayName("Issue 20 defect 8: an offset carrying a date past 9999-12-31 is refused, not stored as +10005-01-01")
    void offsetsStayInsideTheSupportedYears() {
        assertThat(Offset.ofYears(6).addTo(java.time.LocalDate.of(9993, 12, 31), LeapDayPolicy.FEB_28))
                .isEqualTo(java.time.LocalDate.of(9999, 12, 31));
        assertThatThrownBy(() -> Offset.ofYears(6).addTo(java.time.LocalDate.of(9999, 1, 1), LeapDayPolicy.FEB_28))
                .isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.violations().get(0).path()).isEqualTo("offset"));
        assertThatThrownBy(() -> Offset.ofYears(6).addTo(java.time.LocalDate.of(10_000, 6, 30), LeapDayPolicy.FEB_28))
                .isInstanceOf(ValidationException.class).hasMessageContaining("years 1000 to 9999");
    }
}
