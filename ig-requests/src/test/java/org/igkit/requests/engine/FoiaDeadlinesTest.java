package org.igkit.requests.engine;

import static java.time.Month.APRIL;
import static java.time.Month.DECEMBER;
import static java.time.Month.FEBRUARY;
import static java.time.Month.JANUARY;
import static java.time.Month.JULY;
import static java.time.Month.JUNE;
import static java.time.Month.MARCH;
import static java.time.Month.MAY;
import static java.time.Month.NOVEMBER;
import static java.time.Month.OCTOBER;
import static java.time.Month.SEPTEMBER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.igkit.core.Nation.ENGLAND;
import static org.igkit.core.Nation.SCOTLAND;
import static org.igkit.requests.engine.RequestAssert.assertThatRequest;
import static org.igkit.requests.regime.EventType.CLARIFICATION_RECEIVED;
import static org.igkit.requests.regime.EventType.CLARIFICATION_REQUESTED;
import static org.igkit.requests.regime.EventType.CLOSED;
import static org.igkit.requests.regime.EventType.EXTENSION_NOTICE;
import static org.igkit.requests.regime.EventType.FEES_NOTICE;
import static org.igkit.requests.regime.EventType.FEE_PAID;
import static org.igkit.requests.regime.EventType.PIT_EXTENSION_NOTICE;
import static org.igkit.requests.regime.RegimeId.EIR;
import static org.igkit.requests.regime.RegimeId.EIR_RECONSIDERATION;
import static org.igkit.requests.regime.RegimeId.EISR;
import static org.igkit.requests.regime.RegimeId.FOIA;
import static org.igkit.requests.regime.RegimeId.FOIA_INTERNAL_REVIEW;
import static org.igkit.requests.regime.RegimeId.FOIA_PUBLIC_RECORDS;
import static org.igkit.requests.regime.RegimeId.FOISA;
import static org.igkit.requests.regime.RegimeId.FOISA_REVIEW;
import static org.igkit.requests.regime.RegimeId.RPSI_2015;

import java.time.LocalDate;
import java.time.Period;

import org.igkit.requests.calendar.Division;
import org.igkit.requests.regime.PeriodUnit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** FOIA, EIR, FOISA, EISR and RPSI working-day deadlines against worked examples. */
class FoiaDeadlinesTest {

    @Test
    @DisplayName("STYLE.md / FOIA s.10(1): received Wednesday 2 October 2024, due Wednesday 30 October 2024")
    void foiaTwentyWorkingDays() {
        assertThatRequest(FOIA, ENGLAND).receivedOn(2024, OCTOBER, 2).isDueOn(2024, OCTOBER, 30)
                .explains("Day 0 is the date of receipt")
                .explains("skips 8 weekend days (5-6 Oct, 12-13 Oct, 19-20 Oct, 26-27 Oct 2024) and 0 bank holidays");
    }

    @Test
    @DisplayName("Alaveteli holiday_spec: 20 working days from 2008-10-01 is 2008-10-29 (a projected year)")
    void alaveteliOctober2008() {
        DeadlineResult result = assertThatRequest(FOIA, ENGLAND).receivedOn(2008, OCTOBER, 1).isDueOn(2008, OCTOBER, 29)
                .result();
        assertThat(result.projected()).isTrue();
    }

    @Test
    @DisplayName("Alaveteli holiday_spec: 2007-02-01 is due 2007-03-01; 2008-02-01 is due 2008-02-29 (leap year)")
    void alaveteliFebruaries() {
        assertThatRequest(FOIA, ENGLAND).receivedOn(2007, FEBRUARY, 1).isDueOn(2007, MARCH, 1);
        assertThatRequest(FOIA, ENGLAND).receivedOn(2008, FEBRUARY, 1).isDueOn(2008, FEBRUARY, 29);
    }

    @Test
    @DisplayName("Alaveteli holiday_spec: Thu 12 March 2009 -> 14 April, skipping St Patrick's Day (NI), Good Friday and Easter Monday")
    void alaveteliAcrossEaster2009() {
        assertThatRequest(FOIA, ENGLAND).receivedOn(2009, MARCH, 12).isDueOn(2009, APRIL, 14);
        assertThatRequest(FOIA, ENGLAND).receivedOn(2009, MARCH, 13).isDueOn(2009, APRIL, 15);
        assertThatRequest(FOIA, ENGLAND).receivedOn(2009, MARCH, 16).isDueOn(2009, APRIL, 16);
    }

    @Test
    @DisplayName("Alaveteli / ICO: delivery at the weekend ends up the same due day as if it had arrived on the Friday before")
    void weekendReceiptMatchesFriday() {
        assertThatRequest(FOIA, ENGLAND).receivedOn(2009, MARCH, 14).isDueOn(2009, APRIL, 15)
                .explains("is not a working day; it is still day 0")
                .explains("(15 Mar, 21-22 Mar, 28-29 Mar, 4-5 Apr, 11-12 Apr 2009)");
        assertThatRequest(FOIA, ENGLAND).receivedOn(2009, MARCH, 15).isDueOn(2009, APRIL, 15);
    }

    @Test
    @DisplayName("Spec U1 option: the next working day as day 0 gives one more day (Sat 14 March 2009 -> 16 April)")
    void u1AlternativeReading() {
        assertThatRequest(FOIA, ENGLAND).using(DeadlineOptions.defaults()
                        .with(DeadlineOptions.NonWorkingDayReceipt.NEXT_WORKING_DAY_IS_DAY_ZERO))
                .receivedOn(2009, MARCH, 14).isDueOn(2009, APRIL, 16);
    }

    @Test
    @DisplayName("Alaveteli info_request_spec: sent Sunday 14 October 2007, due 9 November, very overdue (40 WD) 10 December")
    void alaveteliOverdueAndVeryOverdue() {
        assertThatRequest(FOIA, ENGLAND).receivedOn(2007, OCTOBER, 14).isDueOn(2007, NOVEMBER, 9)
                .hasLatestDueDate(2007, DECEMBER, 10);
    }

    @Test
    @DisplayName("Alaveteli holiday_spec: a time of day is truncated to its date, 2009-03-16 12:00 UTC is due 2009-04-16")
    void alaveteliTimeOfDayIsIgnored() {
        assertThatRequest(FOIA, ENGLAND).receivedAt("2009-03-16T12:00:00Z").isDueOn(2009, APRIL, 16);
    }

    @Test
    @DisplayName("Spec §9.1: sent 2014-12-31, the real FOIA answer is 2015-01-30 (1 and 2 January 2015 are bank holidays)")
    void newYearAcrossTheDatasetBoundary() {
        DeadlineResult result = assertThatRequest(FOIA, ENGLAND).receivedOn(2014, DECEMBER, 31)
                .isDueOn(2015, JANUARY, 30).result();
        assertThat(result.projected()).isTrue();
    }

    @Test
    @DisplayName("Spec §2.1: an instant 2024-10-02T23:30:00Z is 3 October in BST, so due 31 October 2024")
    void instantIsConvertedToLondonDate() {
        DeadlineResult result = assertThatRequest(FOIA, ENGLAND).receivedAt("2024-10-02T23:30:00Z")
                .isDueOn(2024, OCTOBER, 31).result();
        assertThat(result.explanation().toString()).contains("Thursday 3 October 2024 in UK time");
    }

    @Test
    @DisplayName("FOIA s.10(6) / LTT47: St Andrew's Day (Scotland only) is not a working day for an English council")
    void scottishHolidayCountsUnderFoia() {
        assertThatRequest(FOIA, ENGLAND).receivedOn(2024, NOVEMBER, 4).isDueOn(2024, DECEMBER, 3)
                .explains("St Andrew's Day, a bank holiday in Scotland only");
    }

    @Test
    @DisplayName("FOIA s.10(6) vs FOISA s.73: 12 July 2024 (NI only) is skipped under FOIA but is a Scottish working day")
    void northernIrishHolidayFoiaVersusFoisa() {
        assertThatRequest(FOIA, ENGLAND).receivedOn(2024, JUNE, 14).isDueOn(2024, JULY, 15);
        assertThatRequest(FOISA, SCOTLAND).receivedOn(2024, JUNE, 14).isDueOn(2024, JULY, 12);
    }

    @Test
    @DisplayName("FOIA vs FOISA over Easter 2024: St Patrick's substitute and Easter Monday are FOISA working days")
    void easterFoiaVersusFoisa() {
        assertThatRequest(FOIA, ENGLAND).receivedOn(2024, MARCH, 15).isDueOn(2024, APRIL, 17);
        assertThatRequest(FOISA, SCOTLAND).receivedOn(2024, MARCH, 15).isDueOn(2024, APRIL, 15);
        assertThatRequest(FOISA_REVIEW, SCOTLAND).receivedOn(2024, MARCH, 15).isDueOn(2024, APRIL, 15);
    }

    @Test
    @DisplayName("VE Day 2020: 4 May 2020 is a working day, 8 May is not (early May bank holiday moved)")
    void veDay2020() {
        assertThatRequest(FOIA, ENGLAND).receivedOn(2020, APRIL, 24).isDueOn(2020, MAY, 26);
    }

    @Test
    @DisplayName("Platinum Jubilee 2022: 30 May is a working day, 2 and 3 June are not")
    void platinumJubilee2022() {
        assertThatRequest(FOIA, ENGLAND).receivedOn(2022, MAY, 20).isDueOn(2022, JUNE, 21);
    }

    @Test
    @DisplayName("State Funeral of Queen Elizabeth II, Monday 19 September 2022, is not a working day")
    void stateFuneral2022() {
        assertThatRequest(FOIA, ENGLAND).receivedOn(2022, SEPTEMBER, 5).isDueOn(2022, OCTOBER, 4)
                .explains("State Funeral");
    }

    @Test
    @DisplayName("Coronation of King Charles III, Monday 8 May 2023, is not a working day")
    void coronation2023() {
        assertThatRequest(FOIA, ENGLAND).receivedOn(2023, APRIL, 21).isDueOn(2023, MAY, 23);
    }

    @Test
    @DisplayName("World Cup bank holiday 15 June 2026 (Scotland only) moves FOIA deadlines UK-wide; option U6 ignores it")
    void worldCup2026() {
        assertThatRequest(FOIA, ENGLAND).receivedOn(2026, JUNE, 1).isDueOn(2026, JUNE, 30);
        assertThatRequest(FOIA, ENGLAND).using(DeadlineOptions.defaults().with(DeadlineOptions.WorldCupHoliday.IGNORE))
                .receivedOn(2026, JUNE, 1).isDueOn(2026, JUNE, 29);
    }

    @Test
    @DisplayName("Spec U5 option: a holiday announced after receipt (19 Sep 2022, announced 10 Sep) does not move that request")
    void u5LateAnnouncedHoliday() {
        DeadlineOptions notRetrospective = DeadlineOptions.defaults()
                .with(DeadlineOptions.LateAnnouncedHolidays.ONLY_IF_ANNOUNCED_BY_RECEIPT);
        assertThatRequest(FOIA, ENGLAND).using(notRetrospective).receivedOn(2022, SEPTEMBER, 5).isDueOn(2022, OCTOBER, 3);
        assertThatRequest(FOIA, ENGLAND).using(notRetrospective).receivedOn(2022, SEPTEMBER, 12).isDueOn(2022, OCTOBER, 11);
    }

    @Test
    @DisplayName("FOIA s.1(3) and s.10(6)(b): clarification received 10 October 2024 restarts the 20 working days")
    void clarificationRestarts() {
        assertThatRequest(FOIA, ENGLAND).receivedOn(2024, OCTOBER, 2)
                .with(CLARIFICATION_REQUESTED, 2024, OCTOBER, 3).with(CLARIFICATION_RECEIVED, 2024, OCTOBER, 10)
                .isDueOn(2024, NOVEMBER, 7);
    }

    @Test
    @DisplayName("FOIA s.1(3): while the clarification is awaited no deadline runs")
    void awaitingClarificationIsPaused() {
        DeadlineResult result = assertThatRequest(FOIA, ENGLAND).receivedOn(2024, OCTOBER, 2)
                .with(CLARIFICATION_REQUESTED, 2024, OCTOBER, 3).asOf(2024, DECEMBER, 1)
                .hasStatus(new Status.Paused("clarification", LocalDate.of(2024, 10, 3))).result();
        assertThat(result.dueDate()).isNull();
    }

    @Test
    @DisplayName("Spec U12 option: an unanswered clarification lapses three months after it was asked")
    void u12ClarificationLapses() {
        assertThatRequest(FOIA, ENGLAND).using(DeadlineOptions.defaults().withClarificationLapsingAfter(Period.ofMonths(3)))
                .receivedOn(2024, OCTOBER, 2).with(CLARIFICATION_REQUESTED, 2024, OCTOBER, 3).asOf(2025, JANUARY, 3)
                .hasStatus(new Status.Lapsed(LocalDate.of(2025, 1, 3), "clarification not received"));
    }

    @Test
    @DisplayName("FOIA s.10(2): the working days from the fees notice (7 Oct) to the fee's receipt (11 Oct) are disregarded")
    void feesNoticeDisregardsDays() {
        assertThatRequest(FOIA, ENGLAND).receivedOn(2024, OCTOBER, 2)
                .with(FEES_NOTICE, 2024, OCTOBER, 7).with(FEE_PAID, 2024, OCTOBER, 11)
                .isDueOn(2024, NOVEMBER, 6).explains("the 5 working days from the one to the other are disregarded");
    }

    @Test
    @DisplayName("FOIA s.9(2): a fee unpaid three months after the notice lapses the request")
    void unpaidFeeLapses() {
        assertThatRequest(FOIA, ENGLAND).receivedOn(2024, OCTOBER, 2).with(FEES_NOTICE, 2024, OCTOBER, 7)
                .asOf(2025, JANUARY, 6).hasStatus(new Status.Paused("the fee", LocalDate.of(2024, 10, 7)));
        assertThatRequest(FOIA, ENGLAND).receivedOn(2024, OCTOBER, 2).with(FEES_NOTICE, 2024, OCTOBER, 7)
                .asOf(2025, JANUARY, 7).hasStatus(new Status.Lapsed(LocalDate.of(2025, 1, 7),
                        "fee not paid within three months of the fees notice"));
    }

    @Test
    @DisplayName("FOIA s.10(3) and ICO guidance: a public interest extension runs to the 40th working day")
    void publicInterestExtension() {
        assertThatRequest(FOIA, ENGLAND).receivedOn(2024, OCTOBER, 2).isDueOn(2024, OCTOBER, 30)
                .hasLatestDueDate(2024, NOVEMBER, 27);
        assertThatRequest(FOIA, ENGLAND).receivedOn(2024, OCTOBER, 2).with(PIT_EXTENSION_NOTICE, 2024, OCTOBER, 30)
                .isDueOn(2024, NOVEMBER, 27).explains("the s.17 notice was still due by Wednesday 30 October 2024");
    }

    @Test
    @DisplayName("EIR reg 7: an extension notice makes it 40 working days; EIR reg 11(4) reconsideration is 40 working days")
    void eirExtensionAndReconsideration() {
        assertThatRequest(EIR, ENGLAND).receivedOn(2024, OCTOBER, 2).with(EXTENSION_NOTICE, 2024, OCTOBER, 10)
                .isDueOn(2024, NOVEMBER, 27);
        assertThatRequest(EIR_RECONSIDERATION, ENGLAND).receivedOn(2024, OCTOBER, 2).isDueOn(2024, NOVEMBER, 27);
        assertThatRequest(EISR, SCOTLAND).receivedOn(2024, OCTOBER, 2).hasLatestDueDate(2024, NOVEMBER, 27);
    }

    @Test
    @DisplayName("s.45 Code Part 5: internal review 20 working days, 40 with an extension; RPSI reg 8 and public records 30 WD")
    void reviewsReuseAndRecords() {
        assertThatRequest(FOIA_INTERNAL_REVIEW, ENGLAND).receivedOn(2024, OCTOBER, 2).isDueOn(2024, OCTOBER, 30)
                .hasLatestDueDate(2024, NOVEMBER, 27);
        assertThatRequest(RPSI_2015, ENGLAND).receivedOn(2024, OCTOBER, 2).isDueOn(2024, OCTOBER, 30);
        assertThatRequest(FOIA_PUBLIC_RECORDS, ENGLAND).receivedOn(2024, OCTOBER, 2).isDueOn(2024, NOVEMBER, 13);
    }

    @Test
    @DisplayName("Status: open with working days left, due on the day, overdue by working days, closed late")
    void statuses() {
        assertThatRequest(FOIA, ENGLAND).receivedOn(2024, OCTOBER, 2).asOf(2024, OCTOBER, 25)
                .hasStatus(new Status.Open(3, PeriodUnit.WORKING_DAYS));
        assertThatRequest(FOIA, ENGLAND).receivedOn(2024, OCTOBER, 2).asOf(2024, OCTOBER, 30)
                .hasStatus(new Status.Due(LocalDate.of(2024, 10, 30)));
        assertThatRequest(FOIA, ENGLAND).receivedOn(2024, OCTOBER, 2).asOf(2024, NOVEMBER, 4)
                .hasStatus(new Status.Overdue(3, PeriodUnit.WORKING_DAYS));
        assertThatRequest(FOIA, ENGLAND).receivedOn(2024, OCTOBER, 2).with(CLOSED, 2024, NOVEMBER, 1)
                .hasStatus(new Status.ClosedLate(LocalDate.of(2024, 11, 1), 2, PeriodUnit.WORKING_DAYS));
        assertThatRequest(FOIA, ENGLAND).receivedOn(2024, OCTOBER, 2).with(CLOSED, 2024, OCTOBER, 30)
                .hasStatus(new Status.ClosedOnTime(LocalDate.of(2024, 10, 30)));
    }

    @Test
    @DisplayName("Skipped weekends are listed by date, across a month end")
    void weekendsAreListed() {
        assertThat(Wording.weekendList(LocalDate.of(2024, 8, 29), LocalDate.of(2024, 9, 2)))
                .isEqualTo(" (31 Aug-1 Sep 2024)");
        assertThat(Wording.weekendList(LocalDate.of(2024, 9, 2), LocalDate.of(2024, 9, 6))).isEmpty();
    }

    @Test
    @DisplayName("Every answer carries the calendar version and the regime citations")
    void answersCarryVersionAndCitations() {
        DeadlineResult result = assertThatRequest(FOIA, ENGLAND).receivedOn(2024, OCTOBER, 2).result();
        assertThat(result.calendarVersion()).startsWith("gov.uk-sha256:");
        assertThat(result.projected()).isFalse();
        assertThat(result.explanation().steps().get(0).citations()).extracting(Object::toString)
                .contains("Freedom of Information Act 2000 s.10(1)");
        assertThat(Division.of(ENGLAND)).isEqualTo(Division.ENGLAND_AND_WALES);
    }
}
