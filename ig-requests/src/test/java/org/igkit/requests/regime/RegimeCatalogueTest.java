package org.igkit.requests.regime;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Stream;

import org.igkit.core.Nation;
import org.igkit.requests.calendar.BankHolidayCalendar;
import org.igkit.requests.calendar.DateRange;
import org.igkit.requests.engine.DeadlineEngine;
import org.igkit.requests.engine.DeadlineQuery;
import org.igkit.requests.engine.DeadlineResult;
import org.igkit.requests.school.TermDatesSchoolCalendar;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every regime version in the catalogue is well-formed data the engine can apply unchanged: a regime added to
 * {@link Regimes} is checked here without a line of engine code (docs/requests.md, "Adding a regime").
 */
class RegimeCatalogueTest {
    private static final BankHolidayCalendar HOLIDAYS = BankHolidayCalendar.shipped();
    private static final DeadlineEngine ENGINE = DeadlineEngine.of(HOLIDAYS,
            Clock.fixed(Instant.parse("2026-03-01T12:00:00Z"), ZoneOffset.UTC));

    static Stream<Regime> versions() {
        return Regimes.all().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("versions")
    @DisplayName("each version's events, extension and readings fit together")
    void eachVersionIsConsistent(Regime version) {
        if (version.isExtendable()) {
            assertThat(version.allowedEvents()).contains(version.extensionTrigger());
        }
        if (version.clarification() != ClockEffect.NONE) {
            assertThat(version.allowedEvents()).contains(EventType.CLARIFICATION_REQUESTED,
                    EventType.CLARIFICATION_RECEIVED);
        }
        if (version.clarification() == ClockEffect.PAUSE) {
            assertThat(version.rules().pauseCitations()).as("a pause cites its provision").isNotEmpty();
        }
        if (version.unit() == PeriodUnit.SCHOOL_DAYS && version.holidays() != HolidaySource.NONE) {
            assertThat(version.longStopWorkingDays()).as("FOIA schools' working-day long stop").isPositive();
        }
        assertThat(version.rules().restartCitations()).isNotEmpty();
        assertThat(Regimes.find(version.id(), version.effectiveFrom())).isSameAs(version);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("versions")
    @DisplayName("the engine applies each version as it stands, citing the version's own provisions")
    void theEngineAppliesEachVersion(Regime version) {
        LocalDate received = version.effectiveFrom().isBefore(LocalDate.of(2000, 1, 1))
                ? LocalDate.of(2000, 1, 1) : version.effectiveFrom();
        DeadlineQuery query = DeadlineQuery.of(version.id(), Nation.ENGLAND, received);
        if (version.unit() == PeriodUnit.SCHOOL_DAYS) {
            int year = received.getYear();
            query = query.withSchoolCalendar(TermDatesSchoolCalendar.of("catalogue",
                    List.of(DateRange.ofClosed(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31))), List.of(),
                    Nation.ENGLAND, HOLIDAYS));
        }
        DeadlineResult result = ENGINE.calculate(query.withAsOf(received));
        assertThat(result.regimeVersion()).isSameAs(version);
        assertThat(result.dueDate()).isAfter(received);
        assertThat(result.explanation().steps().get(0).citations()).isEqualTo(version.citations());
    }

    @Test
    @DisplayName("a request is governed by the version in force on its date of receipt (UK GDPR before and after DUAA 2025 s.76)")
    void versionsByEffectiveDate() {
        assertThat(Regimes.find(RegimeId.UKGDPR_SAR, LocalDate.of(2026, 2, 4)).effectiveFrom())
                .isEqualTo(LocalDate.of(2019, 8, 15));
        assertThat(Regimes.find(RegimeId.UKGDPR_SAR, LocalDate.of(2026, 2, 5)).effectiveFrom())
                .isEqualTo(LocalDate.of(2026, 2, 5));
    }
}
