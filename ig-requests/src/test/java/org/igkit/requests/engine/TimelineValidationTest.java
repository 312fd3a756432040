package org.igkit.requests.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.igkit.core.Nation.ENGLAND;
import static org.igkit.core.Nation.SCOTLAND;

import java.time.LocalDate;
import java.util.List;

import org.igkit.core.error.ValidationException;
import org.igkit.core.error.Violation;
import org.igkit.requests.regime.EventType;
import org.igkit.requests.regime.RegimeId;
import org.igkit.requests.regime.RequestEvent;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Bad input is refused with every violation named, as the REST adapter will show them. */
class TimelineValidationTest {
    private static final DeadlineEngine ENGINE = RequestAssert.ENGINE;
    private static final LocalDate RECEIVED = LocalDate.of(2024, 10, 2);

    @Test
    @DisplayName("An unknown regime id is a violation on 'regime' naming the bad value")
    void unknownRegime() {
        assertThatThrownBy(() -> RegimeId.parse("FOI")).isInstanceOfSatisfying(ValidationException.class, e ->
                assertThat(e.violations()).extracting(Violation::path, Violation::rejectedValue)
                        .containsExactly(org.assertj.core.groups.Tuple.tuple("regime", "FOI")));
        assertThat(RegimeId.parse("UKGDPR_SAR")).isEqualTo(RegimeId.UKGDPR_SAR);
    }

    @Test
    @DisplayName("Event types parse from the spec's snake_case ids; an unknown one is a violation on 'type'")
    void eventTypeIds() {
        assertThat(EventType.parse("clarification_received")).isEqualTo(EventType.CLARIFICATION_RECEIVED);
        assertThat(RequestEvent.parse("fee_paid", "2024-10-10")).isEqualTo(RequestEvent.of(EventType.FEE_PAID,
                LocalDate.of(2024, 10, 10)));
        assertThatThrownBy(() -> EventType.parse("clarified")).isInstanceOf(ValidationException.class)
                .hasMessageContaining("type").hasMessageContaining("clarified");
        assertThatThrownBy(() -> RequestEvent.parse("closed", "10/10/2024")).isInstanceOf(ValidationException.class)
                .hasMessageContaining("date");
    }

    @Test
    @DisplayName("A received date that is neither an ISO date nor an instant is a violation on 'received'")
    void badReceived() {
        assertThatThrownBy(() -> DeadlineQuery.parse(RegimeId.FOIA, ENGLAND, "2 Oct 2024"))
                .isInstanceOf(ValidationException.class).hasMessageContaining("received");
    }

    @Test
    @DisplayName("Every timeline fault is reported at once: before receipt, answer without question, event the regime lacks")
    void everyFaultAtOnce() {
        DeadlineQuery query = DeadlineQuery.of(RegimeId.FOISA, SCOTLAND, RECEIVED).withEvents(List.of(
                RequestEvent.of(EventType.CLARIFICATION_REQUESTED, LocalDate.of(2024, 9, 30)),
                RequestEvent.of(EventType.FEE_PAID, LocalDate.of(2024, 10, 5)),
                RequestEvent.of(EventType.EXTENSION_NOTICE, LocalDate.of(2024, 10, 6))));
        assertThatThrownBy(() -> ENGINE.calculate(query)).isInstanceOfSatisfying(ValidationException.class, e ->
                assertThat(e.violations()).extracting(Violation::path)
                        .containsExactly("events[0].date", "events[1].type", "events[2].type"));
    }

    @Test
    @DisplayName("A second extension, events after closure, and events out of order are refused")
    void moreFaults() {
        DeadlineQuery query = DeadlineQuery.of(RegimeId.EIR, ENGLAND, RECEIVED).withEvents(List.of(
                RequestEvent.of(EventType.EXTENSION_NOTICE, LocalDate.of(2024, 10, 10)),
                RequestEvent.of(EventType.EXTENSION_NOTICE, LocalDate.of(2024, 10, 11)),
                RequestEvent.of(EventType.CLOSED, LocalDate.of(2024, 10, 20)),
                RequestEvent.of(EventType.CLARIFICATION_REQUESTED, LocalDate.of(2024, 10, 15))));
        assertThatThrownBy(() -> ENGINE.calculate(query)).isInstanceOfSatisfying(ValidationException.class, e ->
                assertThat(e.violations()).extracting(Violation::path)
                        .containsExactly("events[1].type", "events[3].date", "events[3].type"));
    }

    @Test
    @DisplayName("An extension the regime does not allow (FOISA has none) is refused, naming the event")
    void extensionNotAllowed() {
        DeadlineQuery query = DeadlineQuery.of(RegimeId.FOISA, SCOTLAND, RECEIVED)
                .withEvent(RequestEvent.of(EventType.EXTENSION_NOTICE, LocalDate.of(2024, 10, 10)));
        assertThatThrownBy(() -> ENGINE.calculate(query)).isInstanceOf(ValidationException.class)
                .hasMessageContaining("events[0].type").hasMessageContaining("is not an event of FOISA");
    }

    @Test
    @DisplayName("A SAR received before GDPR applied, or a date beyond the calendar, is a violation on 'received'")
    void receivedOutOfRange() {
        assertThatThrownBy(() -> ENGINE.calculate(DeadlineQuery.of(RegimeId.UKGDPR_SAR, ENGLAND, LocalDate.of(2018, 5, 24))))
                .isInstanceOf(ValidationException.class).hasMessageContaining("received");
        assertThatThrownBy(() -> ENGINE.calculate(DeadlineQuery.of(RegimeId.FOIA, ENGLAND, LocalDate.of(2099, 6, 1))))
                .isInstanceOf(ValidationException.class).hasMessageContaining("received");
    }

    @Test
    @DisplayName("Without asOf the status is for today by the injected clock")
    void asOfDefaultsToTheClock() {
        DeadlineResult result = ENGINE.calculate(DeadlineQuery.of(RegimeId.FOIA, ENGLAND, RECEIVED));
        assertThat(result.asOf()).isEqualTo(LocalDate.of(2026, 11, 21));
        assertThat(result.status().code()).isEqualTo("overdue");
    }
}
