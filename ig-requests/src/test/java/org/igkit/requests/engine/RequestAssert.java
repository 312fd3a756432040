package org.igkit.requests.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Month;
import java.time.ZoneOffset;

import org.igkit.core.Nation;
import org.igkit.requests.calendar.BankHolidayCalendar;
import org.igkit.requests.port.SchoolCalendar;
import org.igkit.requests.regime.EventType;
import org.igkit.requests.regime.RegimeId;
import org.igkit.requests.regime.RequestEvent;

/** A fluent way to state a worked example in one line: regime, receipt, events, expected dates. */
final class RequestAssert {
    static final Clock FIXED = Clock.fixed(Instant.parse("2026-11-21T12:00:00Z"), ZoneOffset.UTC);
    static final DeadlineEngine ENGINE = DeadlineEngine.of(BankHolidayCalendar.shipped(), FIXED);

    private DeadlineEngine engine = ENGINE;
    private DeadlineQuery query;
    private final RegimeId regime;
    private final Nation nation;

    private RequestAssert(RegimeId regime, Nation nation) {
        this.regime = regime;
        this.nation = nation;
    }

    static RequestAssert assertThatRequest(RegimeId regime, Nation nation) {
        return new RequestAssert(regime, nation);
    }

    RequestAssert using(DeadlineOptions options) {
        engine = engine.withOptions(options);
        return this;
    }

    RequestAssert using(DeadlineEngine other) {
        engine = other;
        return this;
    }

    RequestAssert receivedOn(int year, Month month, int day) {
        query = DeadlineQuery.of(regime, nation, LocalDate.of(year, month, day));
        return this;
    }

    RequestAssert receivedAt(String instant) {
        query = DeadlineQuery.parse(regime, nation, instant);
        return this;
    }

    RequestAssert with(EventType type, int year, Month month, int day) {
        query = query.withEvent(RequestEvent.of(type, LocalDate.of(year, month, day)));
        return this;
    }

    RequestAssert asOf(int year, Month month, int day) {
        query = query.withAsOf(LocalDate.of(year, month, day));
        return this;
    }

    RequestAssert onSchoolCalendar(SchoolCalendar calendar) {
        query = query.withSchoolCalendar(calendar);
        return this;
    }

    DeadlineResult result() {
        return engine.calculate(query);
    }

    RequestAssert isDueOn(int year, Month month, int day) {
        DeadlineResult result = result();
        assertThat(result.dueDate()).as("due date; explanation: %s", result.explanation())
                .isEqualTo(LocalDate.of(year, month, day));
        return this;
    }

    RequestAssert hasLatestDueDate(int year, Month month, int day) {
        DeadlineResult result = result();
        assertThat(result.latestDueDate()).as("latest due date; explanation: %s", result.explanation())
                .isEqualTo(LocalDate.of(year, month, day));
        return this;
    }

    RequestAssert hasStatus(Status status) {
        DeadlineResult result = result();
        assertThat(result.status()).as("status; explanation: %s", result.explanation()).isEqualTo(status);
        return this;
    }

    RequestAssert explains(String fragment) {
        DeadlineResult result = result();
        assertThat(result.explanation().toString()).contains(fragment);
        return this;
    }
}
