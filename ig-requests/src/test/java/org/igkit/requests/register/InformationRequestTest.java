package org.igkit.requests.register;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;

import org.igkit.core.Nation;
import org.igkit.core.error.ValidationException;
import org.igkit.core.error.Violation;
import org.igkit.requests.regime.EventType;
import org.igkit.requests.regime.RegimeId;
import org.igkit.requests.regime.RequestEvent;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The aggregate refuses inconsistent state, naming every field at once. */
class InformationRequestTest {

    @Test
    @DisplayName("Every missing or inconsistent field is reported together")
    void everyViolationAtOnce() {
        assertThatThrownBy(() -> new InformationRequest(" ", null, Nation.ENGLAND, "", RequesterCategory.OTHER,
                LocalDate.of(2024, 10, 2),
                List.of(RequestEvent.of(EventType.CLOSED, LocalDate.of(2024, 10, 1))), null, null, null,
                Outcome.GRANTED, -1))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .extracting(Violation::path).containsExactly("id", "regime", "reference", "version", "outcome",
                                "events[0].type", "events[0].date"));
    }

    @Test
    @DisplayName("The timeline the engine reads ends with the closure")
    void timelineIncludesClosure() {
        InformationRequest request = InformationRequest.received("R-1", RegimeId.FOIA, Nation.WALES, "FOI-1",
                        RequesterCategory.JOURNALIST, LocalDate.of(2024, 10, 2))
                .withEvent(RequestEvent.of(EventType.PIT_EXTENSION_NOTICE, LocalDate.of(2024, 10, 20)))
                .closedOn(LocalDate.of(2024, 11, 1), Outcome.REFUSED);
        assertThat(request.timeline()).containsExactly(
                RequestEvent.of(EventType.PIT_EXTENSION_NOTICE, LocalDate.of(2024, 10, 20)),
                RequestEvent.of(EventType.CLOSED, LocalDate.of(2024, 11, 1)));
        assertThat(request.isOpen()).isFalse();
    }
}
