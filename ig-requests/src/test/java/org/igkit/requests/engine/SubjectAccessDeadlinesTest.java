package org.igkit.requests.engine;

import static java.time.Month.APRIL;
import static java.time.Month.AUGUST;
import static java.time.Month.DECEMBER;
import static java.time.Month.FEBRUARY;
import static java.time.Month.JANUARY;
import static java.time.Month.JUNE;
import static java.time.Month.MARCH;
import static java.time.Month.NOVEMBER;
import static java.time.Month.OCTOBER;
import static java.time.Month.SEPTEMBER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.igkit.core.Nation.ENGLAND;
import static org.igkit.core.Nation.SCOTLAND;
import static org.igkit.requests.engine.RequestAssert.assertThatRequest;
import static org.igkit.requests.regime.EventType.CLARIFICATION_RECEIVED;
import static org.igkit.requests.regime.EventType.CLARIFICATION_REQUESTED;
import static org.igkit.requests.regime.EventType.EXTENSION_NOTICE;
import static org.igkit.requests.regime.EventType.ID_RECEIVED;
import static org.igkit.requests.regime.EventType.ID_REQUESTED;
import static org.igkit.requests.regime.RegimeId.DPA2018_PART3_SAR;
import static org.igkit.requests.regime.RegimeId.UKGDPR_SAR;

import java.time.LocalDate;

import org.igkit.core.error.ValidationException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** UK GDPR Art 12(3)/12A and DPA 2018 Part 3 subject access against the ICO's worked examples. */
class SubjectAccessDeadlinesTest {

    @Test
    @DisplayName("ICO SAR guidance: received 1 January (a bank holiday), the month ends at the end of 1 February")
    void receivedOnABankHoliday() {
        assertThatRequest(UKGDPR_SAR, ENGLAND).receivedOn(2024, JANUARY, 1).isDueOn(2024, FEBRUARY, 1);
    }

    @Test
    @DisplayName("ICO SAR guidance: Monday 25 November, due the end of Friday 27 December (25 and 26 December are bank holidays)")
    void rolledPastChristmas() {
        assertThatRequest(UKGDPR_SAR, ENGLAND).receivedOn(2024, NOVEMBER, 25).isDueOn(2024, DECEMBER, 27)
                .explains("the deadline moves to the end of the next working day");
    }

    @Test
    @DisplayName("ICO SAR guidance: received 31 January, due 28 February (29 in a leap year), rolled past a weekend to Monday")
    void sarReceivedOnTheLastDayOfJanuary() {
        assertThatRequest(UKGDPR_SAR, ENGLAND).receivedOn(2025, JANUARY, 31).isDueOn(2025, FEBRUARY, 28);
        assertThatRequest(UKGDPR_SAR, ENGLAND).receivedOn(2024, JANUARY, 31).isDueOn(2024, FEBRUARY, 29);
        assertThatRequest(UKGDPR_SAR, ENGLAND).receivedOn(2026, JANUARY, 31).isDueOn(2026, MARCH, 2);
    }

    @Test
    @DisplayName("ICO SAR checklist: received 3 September, the organisation has until 3 October")
    void thirdOfSeptember() {
        assertThatRequest(UKGDPR_SAR, ENGLAND).receivedOn(2024, SEPTEMBER, 3).isDueOn(2024, OCTOBER, 3);
    }

    @Test
    @DisplayName("ICO before 15 August 2019: from the day after receipt, so 1 August 2019 was due 2 September")
    void dayAfterMethodBeforeAugust2019() {
        assertThatRequest(UKGDPR_SAR, ENGLAND).receivedOn(2019, AUGUST, 1).isDueOn(2019, SEPTEMBER, 2);
        assertThatRequest(UKGDPR_SAR, ENGLAND).receivedOn(2019, SEPTEMBER, 3).isDueOn(2019, OCTOBER, 3);
    }

    @Test
    @DisplayName("ICO SAR guidance: an extension is three months from the original start, 31 January -> 30 April")
    void extensionIsThreeMonthsFromStart() {
        assertThatRequest(UKGDPR_SAR, ENGLAND).receivedOn(2025, JANUARY, 31).hasLatestDueDate(2025, APRIL, 30);
        assertThatRequest(UKGDPR_SAR, ENGLAND).receivedOn(2025, JANUARY, 31).with(EXTENSION_NOTICE, 2025, FEBRUARY, 10)
                .isDueOn(2025, APRIL, 30);
    }

    @Test
    @DisplayName("DPA 2018 s.54(3B): an extension notified after the first month is refused, naming the event")
    void lateExtensionIsRefused() {
        assertThatThrownBy(() -> assertThatRequest(UKGDPR_SAR, ENGLAND).receivedOn(2024, SEPTEMBER, 3)
                .with(EXTENSION_NOTICE, 2024, OCTOBER, 4).result())
                .isInstanceOf(ValidationException.class).hasMessageContaining("events[0].date")
                .hasMessageContaining("2024-10-03");
    }

    @Test
    @DisplayName("Spec U2: 2 January is a Scottish bank holiday, so a Scottish controller's deadline rolls to 3 January 2025")
    void rollsOverTheControllersOwnHolidays() {
        assertThatRequest(UKGDPR_SAR, ENGLAND).receivedOn(2024, DECEMBER, 2).isDueOn(2025, JANUARY, 2);
        assertThatRequest(UKGDPR_SAR, SCOTLAND).receivedOn(2024, DECEMBER, 2).isDueOn(2025, JANUARY, 3);
        assertThatRequest(UKGDPR_SAR, ENGLAND)
                .using(DeadlineOptions.defaults().with(DeadlineOptions.SarRollForward.ANY_UK_DIVISION))
                .receivedOn(2024, DECEMBER, 2).isDueOn(2025, JANUARY, 3);
    }

    @Test
    @DisplayName("ICO SAR guidance / DPA s.54(3)(b): proof of identity received 10 September restarts the month")
    void identityRestarts() {
        assertThatRequest(UKGDPR_SAR, ENGLAND).receivedOn(2024, SEPTEMBER, 3).with(ID_REQUESTED, 2024, SEPTEMBER, 4)
                .with(ID_RECEIVED, 2024, SEPTEMBER, 10).isDueOn(2024, OCTOBER, 10);
        assertThatRequest(UKGDPR_SAR, ENGLAND).receivedOn(2024, SEPTEMBER, 3).with(ID_REQUESTED, 2024, SEPTEMBER, 4)
                .asOf(2024, SEPTEMBER, 20).hasStatus(new Status.Paused("proof of identity", LocalDate.of(2024, 9, 4)));
    }

    @Test
    @DisplayName("UK GDPR Art 12A (from 5 Feb 2026): clarification asked 12 March, received 13 March: 2 days added, then rolled")
    void art12aStopTheClock() {
        assertThatRequest(UKGDPR_SAR, ENGLAND).receivedOn(2026, MARCH, 10)
                .with(CLARIFICATION_REQUESTED, 2026, MARCH, 12).with(CLARIFICATION_RECEIVED, 2026, MARCH, 13)
                .isDueOn(2026, APRIL, 13).explains("Art 12A");
        assertThatRequest(UKGDPR_SAR, ENGLAND)
                .using(DeadlineOptions.defaults().with(DeadlineOptions.PauseCounting.EXCLUSIVE))
                .receivedOn(2026, MARCH, 10)
                .with(CLARIFICATION_REQUESTED, 2026, MARCH, 12).with(CLARIFICATION_RECEIVED, 2026, MARCH, 13)
                .isDueOn(2026, APRIL, 10);
    }

    @Test
    @DisplayName("DPA 2018 Part 3 before 5 Feb 2026 has no extension; spec U4 'beginning with' ends a day earlier")
    void part3() {
        assertThatRequest(DPA2018_PART3_SAR, ENGLAND).receivedOn(2024, SEPTEMBER, 3).isDueOn(2024, OCTOBER, 3)
                .hasLatestDueDate(2024, OCTOBER, 3);
        assertThatRequest(DPA2018_PART3_SAR, ENGLAND)
                .using(DeadlineOptions.defaults().with(DeadlineOptions.MonthReading.BEGINNING_WITH))
                .receivedOn(2024, SEPTEMBER, 3).isDueOn(2024, OCTOBER, 2);
        assertThatThrownBy(() -> assertThatRequest(DPA2018_PART3_SAR, ENGLAND).receivedOn(2024, SEPTEMBER, 3)
                .with(EXTENSION_NOTICE, 2024, SEPTEMBER, 10).result())
                .isInstanceOf(ValidationException.class).hasMessageContaining("events[0].type");
        assertThatRequest(DPA2018_PART3_SAR, ENGLAND).receivedOn(2026, MARCH, 2).hasLatestDueDate(2026, JUNE, 2);
    }

    @Test
    @DisplayName("The status of a month regime counts calendar days")
    void statusInCalendarDays() {
        DeadlineResult result = assertThatRequest(UKGDPR_SAR, ENGLAND).receivedOn(2024, SEPTEMBER, 3)
                .asOf(2024, OCTOBER, 10).result();
        assertThat(result.status()).isEqualTo(new Status.Overdue(7, org.igkit.requests.regime.PeriodUnit.CALENDAR_DAYS));
    }
}
