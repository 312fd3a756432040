package org.igkit.requests.engine;

import static java.time.Month.DECEMBER;
import static java.time.Month.NOVEMBER;
import static java.time.Month.OCTOBER;
import static java.time.Month.SEPTEMBER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.SplittableRandom;
import java.util.stream.LongStream;

import org.igkit.core.Nation;
import org.igkit.core.error.ValidationException;
import org.igkit.requests.regime.EventType;
import org.igkit.requests.regime.ExtensionLength;
import org.igkit.requests.regime.RegimeId;
import org.igkit.requests.regime.RequestEvent;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Extensions of a chosen length: a FOIA public-interest extension by so many working days (the MoJ correspondence
 * tool extends by 10 and records it) within the ICO's 20-further-working-day guidance bound, an EIR reg 7 one within
 * the 40th working day, and a subject-access extension shorter than the two further months of UK GDPR Art 12(3).
 */
class ChosenExtensionTest {
    private static final DeadlineEngine ENGINE = RequestAssert.ENGINE;
    private static final LocalDate OCT_2 = LocalDate.of(2024, OCTOBER, 2);

    private static DeadlineResult foia(ExtensionLength length) {
        return ENGINE.calculate(DeadlineQuery.of(RegimeId.FOIA, Nation.ENGLAND, OCT_2).withAsOf(OCT_2)
                .withEvent(RequestEvent.extension(EventType.PIT_EXTENSION_NOTICE, LocalDate.of(2024, 10, 28), length)));
    }

    @Test
    @DisplayName("FOIA s.10(3), MoJ practice: received 2 October 2024 (due 30 October), extended by 10 working days: 13 November 2024")
    void foiaExtendedByTenWorkingDays() {
        DeadlineResult result = foia(ExtensionLength.workingDays(10));
        assertThat(result.dueDate()).isEqualTo(LocalDate.of(2024, NOVEMBER, 13));
        assertThat(result.latestDueDate()).as("the ICO bound, the 40th working day").isEqualTo(LocalDate.of(2024, NOVEMBER, 27));
        assertThat(result.explanation().toString()).contains("by 10 further working days")
                .contains("Wednesday 13 November 2024").contains("the s.17 notice was still due by Wednesday 30 October 2024");
    }

    @Test
    @DisplayName("FOIA s.10(3): extended until a chosen date within the ICO bound")
    void foiaExtendedUntilADate() {
        assertThat(foia(ExtensionLength.until(LocalDate.of(2024, NOVEMBER, 20))).dueDate())
                .isEqualTo(LocalDate.of(2024, NOVEMBER, 20));
    }

    @Test
    @DisplayName("ICO guidance: no more than 20 further working days; 21 is refused naming events[0].extensionDays")
    void beyondTheIcoBoundIsRefused() {
        assertThatThrownBy(() -> foia(ExtensionLength.workingDays(21))).isInstanceOf(ValidationException.class)
                .satisfies(e -> assertThat(((ValidationException) e).violations()).singleElement().satisfies(v -> {
                    assertThat(v.path()).isEqualTo("events[0].extensionDays");
                    assertThat(v.message()).contains("at most 20 further working days").contains("2024-11-27")
                            .contains("pitExtensionWorkingDays");
                }));
        assertThatThrownBy(() -> foia(ExtensionLength.until(LocalDate.of(2024, NOVEMBER, 28))))
                .isInstanceOf(ValidationException.class).hasMessageContaining("events[0].until");
        assertThatThrownBy(() -> foia(ExtensionLength.until(LocalDate.of(2024, OCTOBER, 30))))
                .isInstanceOf(ValidationException.class).hasMessageContaining("must be after the initial due date");
    }

    @Test
    @DisplayName("The bound is an option: with pitExtensionWorkingDays 60 (FOIA s.10(4) long stop) 21 further days are allowed")
    void theBoundIsAnOption() {
        DeadlineEngine wider = ENGINE.withOptions(DeadlineOptions.defaults().withPitExtensionWorkingDays(60));
        DeadlineResult result = wider.calculate(DeadlineQuery.of(RegimeId.FOIA, Nation.ENGLAND, OCT_2).withAsOf(OCT_2)
                .withEvent(RequestEvent.extension(EventType.PIT_EXTENSION_NOTICE, LocalDate.of(2024, 10, 28),
                        ExtensionLength.workingDays(21))));
        assertThat(result.dueDate()).isEqualTo(LocalDate.of(2024, NOVEMBER, 28));
    }

    @Test
    @DisplayName("EIR reg 7(1): an extension of 10 working days gives the 30th working day; 21 exceeds the 40th")
    void eirWithinRegulation7() {
        DeadlineQuery query = DeadlineQuery.of(RegimeId.EIR, Nation.ENGLAND, OCT_2).withAsOf(OCT_2);
        assertThat(ENGINE.calculate(query.withEvent(RequestEvent.extension(EventType.EXTENSION_NOTICE,
                LocalDate.of(2024, 10, 28), ExtensionLength.workingDays(10)))).dueDate())
                .isEqualTo(LocalDate.of(2024, NOVEMBER, 13));
        assertThatThrownBy(() -> ENGINE.calculate(query.withEvent(RequestEvent.extension(EventType.EXTENSION_NOTICE,
                LocalDate.of(2024, 10, 28), ExtensionLength.workingDays(21)))))
                .isInstanceOf(ValidationException.class).hasMessageContaining("reg 7(1)");
    }

    private static DeadlineResult sar(ExtensionLength length) {
        LocalDate sep3 = LocalDate.of(2024, SEPTEMBER, 3);
        return ENGINE.calculate(DeadlineQuery.of(RegimeId.UKGDPR_SAR, Nation.ENGLAND, sep3).withAsOf(sep3)
                .withEvent(RequestEvent.extension(EventType.EXTENSION_NOTICE, LocalDate.of(2024, 9, 20), length)));
    }

    @Test
    @DisplayName("UK GDPR Art 12(3), ICO SAR checklist (received 3 September, due 3 October): extended by one further "
            + "month, 3 November 2024 is a Sunday, so due Monday 4 November; the full two give 3 December")
    void subjectAccessExtendedByOneMonth() {
        DeadlineResult result = sar(ExtensionLength.months(1));
        assertThat(result.dueDate()).isEqualTo(LocalDate.of(2024, NOVEMBER, 4));
        assertThat(result.latestDueDate()).isEqualTo(LocalDate.of(2024, DECEMBER, 3));
        assertThat(result.explanation().toString()).contains("by 1 further months");
        assertThat(sar(ExtensionLength.until(LocalDate.of(2024, NOVEMBER, 15))).dueDate())
                .isEqualTo(LocalDate.of(2024, NOVEMBER, 15));
    }

    @Test
    @DisplayName("Art 12(3): three further months, days instead of months, or a date past three months are refused")
    void subjectAccessBeyondArt12IsRefused() {
        assertThatThrownBy(() -> sar(ExtensionLength.months(3))).isInstanceOf(ValidationException.class)
                .hasMessageContaining("events[0].extensionMonths").hasMessageContaining("at most 2 further months");
        assertThatThrownBy(() -> sar(ExtensionLength.workingDays(10))).isInstanceOf(ValidationException.class)
                .hasMessageContaining("events[0].extensionDays").hasMessageContaining("extends in months");
        assertThatThrownBy(() -> sar(ExtensionLength.until(LocalDate.of(2024, DECEMBER, 4))))
                .isInstanceOf(ValidationException.class).hasMessageContaining("events[0].until");
    }

    @Test
    @DisplayName("A length belongs on the regime's extension notice only")
    void aLengthOnAnotherEventIsRefused() {
        DeadlineQuery query = DeadlineQuery.of(RegimeId.FOIA, Nation.ENGLAND, OCT_2).withAsOf(OCT_2)
                .withEvent(RequestEvent.extension(EventType.CLARIFICATION_REQUESTED, LocalDate.of(2024, 10, 3),
                        ExtensionLength.workingDays(5)));
        assertThatThrownBy(() -> ENGINE.calculate(query)).isInstanceOf(ValidationException.class)
                .hasMessageContaining("events[0].extensionDays").hasMessageContaining("only pit_extension_notice");
    }

    static LongStream seeds() {
        return LongStream.rangeClosed(1, 4).map(i -> 0xE7E0_0000L + i);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    @DisplayName("A chosen FOIA extension of 1-20 working days lies after the initial date, within the bound, and grows with its length")
    void aChosenExtensionLiesBetweenTheInitialDateAndTheBound(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        long first = LocalDate.of(2016, 1, 1).toEpochDay();
        for (int i = 0; i < 300; i++) {
            LocalDate received = LocalDate.ofEpochDay(random.nextLong(first, first + 4000));
            DeadlineQuery plain = DeadlineQuery.of(RegimeId.FOIA, Nation.ENGLAND, received).withAsOf(received);
            DeadlineResult initial = ENGINE.calculate(plain);
            int days = random.nextInt(1, 20);
            DeadlineResult shorter = ENGINE.calculate(plain.withEvent(RequestEvent.extension(
                    EventType.PIT_EXTENSION_NOTICE, received, ExtensionLength.workingDays(days))));
            DeadlineResult longer = ENGINE.calculate(plain.withEvent(RequestEvent.extension(
                    EventType.PIT_EXTENSION_NOTICE, received, ExtensionLength.workingDays(days + 1))));
            assertThat(shorter.dueDate()).as("seed %d case %d", seed, i).isAfter(initial.dueDate())
                    .isBefore(longer.dueDate());
            assertThat(longer.dueDate()).as("seed %d case %d", seed, i).isBeforeOrEqualTo(initial.latestDueDate());
        }
    }
}
