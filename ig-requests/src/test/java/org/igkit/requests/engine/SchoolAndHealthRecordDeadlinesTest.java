package org.igkit.requests.engine;

import static java.time.Month.APRIL;
import static java.time.Month.JULY;
import static java.time.Month.MARCH;
import static java.time.Month.NOVEMBER;
import static java.time.Month.OCTOBER;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.igkit.core.Nation.ENGLAND;
import static org.igkit.requests.engine.RequestAssert.assertThatRequest;
import static org.igkit.requests.regime.EventType.FURTHER_INFO_RECEIVED;
import static org.igkit.requests.regime.EventType.FURTHER_INFO_REQUESTED;
import static org.igkit.requests.regime.RegimeId.AHRA_1990_21D;
import static org.igkit.requests.regime.RegimeId.AHRA_1990_40D;
import static org.igkit.requests.regime.RegimeId.FOIA_SCHOOL;
import static org.igkit.requests.regime.RegimeId.PUPIL_INFO_ENGLAND;

import java.time.LocalDate;
import java.util.List;

import org.igkit.core.error.ValidationException;
import org.igkit.requests.calendar.BankHolidayCalendar;
import org.igkit.requests.calendar.DateRange;
import org.igkit.requests.school.TermDatesSchoolCalendar;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** School regimes (SI 2004/3364 reg 3, SI 2005/1437 reg 5) and the Access to Health Records Act 1990. */
class SchoolAndHealthRecordDeadlinesTest {
    private static final BankHolidayCalendar HOLIDAYS = BankHolidayCalendar.shipped();
    private static final TermDatesSchoolCalendar AUTUMN_2024 = TermDatesSchoolCalendar.of("st-marys-2024-25",
            List.of(DateRange.parse("2024-09-02", "2024-10-25"), DateRange.parse("2024-11-04", "2024-12-20")),
            List.of(), ENGLAND, HOLIDAYS);

    @Test
    @DisplayName("SI 2004/3364 reg 3: received Monday 14 October 2024, half term 28 Oct-1 Nov not counted: 20th school day 18 November")
    void schoolDaysSkipHalfTerm() {
        assertThatRequest(FOIA_SCHOOL, ENGLAND).receivedOn(2024, OCTOBER, 14).onSchoolCalendar(AUTUMN_2024)
                .isDueOn(2024, NOVEMBER, 18).explains("the earlier applies");
    }

    @Test
    @DisplayName("SI 2004/3364 reg 3(3): an INSET day (no session) on 4 November 2024 moves the date to 19 November")
    void insetDayIsNotASchoolDay() {
        TermDatesSchoolCalendar withInset = TermDatesSchoolCalendar.of("st-marys-2024-25", AUTUMN_2024.terms(),
                List.of(DateRange.parse("2024-11-04", "2024-11-04")), ENGLAND, HOLIDAYS);
        assertThatRequest(FOIA_SCHOOL, ENGLAND).receivedOn(2024, OCTOBER, 14).onSchoolCalendar(withInset)
                .isDueOn(2024, NOVEMBER, 19);
    }

    @Test
    @DisplayName("WDTK theme #872: received 19 July 2021, non-pupil days 21-23 July and 6-7 September: 20th school day 4 October 2021")
    void whatDoTheyKnowSchoolCase() {
        TermDatesSchoolCalendar school = TermDatesSchoolCalendar.of("wdtk-872",
                List.of(DateRange.parse("2021-04-19", "2021-07-23"), DateRange.parse("2021-09-06", "2021-10-22")),
                List.of(DateRange.parse("2021-07-21", "2021-07-23"), DateRange.parse("2021-09-06", "2021-09-07")),
                ENGLAND, HOLIDAYS);
        assertThatRequest(FOIA_SCHOOL, ENGLAND).receivedOn(2021, JULY, 19).onSchoolCalendar(school)
                .isDueOn(2021, OCTOBER, 4);
    }

    @Test
    @DisplayName("SI 2004/3364 reg 3(2)(b): in the summer holiday the 60th working day comes first")
    void sixtiethWorkingDayLongStop() {
        TermDatesSchoolCalendar summerOnly = TermDatesSchoolCalendar.of("closed-till-2025",
                List.of(DateRange.parse("2024-09-02", "2024-09-06"), DateRange.parse("2025-01-06", "2025-03-28")),
                List.of(), ENGLAND, HOLIDAYS);
        // 60 FOIA working days after Monday 9 September 2024, skipping St Andrew's Day (Mon 2 Dec, Scotland): 3 December
        assertThatRequest(FOIA_SCHOOL, ENGLAND).receivedOn(2024, java.time.Month.SEPTEMBER, 9)
                .onSchoolCalendar(summerOnly).isDueOn(2024, java.time.Month.DECEMBER, 3);
    }

    @Test
    @DisplayName("SI 2005/1437 reg 5(2): a pupil's record within 15 school days; receipt is day 0")
    void pupilInformation() {
        assertThatRequest(PUPIL_INFO_ENGLAND, ENGLAND).receivedOn(2024, OCTOBER, 14).onSchoolCalendar(AUTUMN_2024)
                .isDueOn(2024, NOVEMBER, 11);
    }

    @Test
    @DisplayName("School regimes without a school calendar are refused, naming schoolCalendar")
    void schoolCalendarIsRequired() {
        assertThatThrownBy(() -> assertThatRequest(PUPIL_INFO_ENGLAND, ENGLAND).receivedOn(2024, OCTOBER, 14).result())
                .isInstanceOf(ValidationException.class).hasMessageContaining("schoolCalendar");
    }

    @Test
    @DisplayName("AHRA 1990 s.3(5), spec U8: 21 and 40 days beginning with the application date; option: days after it")
    void accessToHealthRecords() {
        assertThatRequest(AHRA_1990_21D, ENGLAND).receivedOn(2024, MARCH, 1).isDueOn(2024, MARCH, 21);
        assertThatRequest(AHRA_1990_40D, ENGLAND).receivedOn(2024, MARCH, 1).isDueOn(2024, APRIL, 9);
        assertThatRequest(AHRA_1990_40D, ENGLAND)
                .using(DeadlineOptions.defaults().with(DeadlineOptions.AhraPeriod.DAYS_AFTER_APPLICATION))
                .receivedOn(2024, MARCH, 1).isDueOn(2024, APRIL, 10);
    }

    @Test
    @DisplayName("AHRA 1990 s.3(6): the period runs from the date the further information is furnished")
    void accessToHealthRecordsFurtherInformation() {
        assertThatRequest(AHRA_1990_21D, ENGLAND).receivedOn(2024, MARCH, 1)
                .with(FURTHER_INFO_REQUESTED, 2024, MARCH, 5).with(FURTHER_INFO_RECEIVED, 2024, MARCH, 11)
                .isDueOn(2024, MARCH, 31);
        assertThatRequest(AHRA_1990_21D, ENGLAND).receivedOn(2024, MARCH, 1)
                .with(FURTHER_INFO_REQUESTED, 2024, MARCH, 5).asOf(2024, MARCH, 20)
                .hasStatus(new Status.Paused("further information", LocalDate.of(2024, 3, 5)));
    }
}
