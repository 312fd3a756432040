package org.igkit.breach.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.igkit.breach.assessment.AssessmentAssert.assertThatBreach;
import static org.igkit.breach.assessment.Breaches.aBreach;
import static org.igkit.breach.assessment.Breaches.enisa;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.SplittableRandom;
import java.util.stream.LongStream;

import org.igkit.breach.facts.BreachFacts;
import org.igkit.breach.facts.Regime;
import org.igkit.core.error.ValidationException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each regime's clock from its own awareness: the NIS Regulations 2018 reg 11(3) count 72 hours from the operator's
 * awareness of a NIS incident, UK GDPR Art 33(1) 72 hours from the controller's awareness of a personal data breach,
 * and the two can differ (an outage is known before anyone knows personal data was taken).
 */
class AwarenessPerRegimeTest {
    private static final OffsetDateTime PERSONAL_DATA_AWARE = OffsetDateTime.parse("2025-03-05T14:00:00Z");
    private static final OffsetDateTime NIS_INCIDENT_AWARE = OffsetDateTime.parse("2025-03-03T09:00:00Z");

    private static BreachFacts.Builder ransomware() {
        return aBreach().awareness(PERSONAL_DATA_AWARE).regimes(Regime.UK_GDPR, Regime.NIS)
                .significantServiceImpact(true).enisa(enisa(2, "1", "0.25", "0", "0", false));
    }

    @Test
    @DisplayName("NIS reg 11(3) and UK GDPR Art 33(1): outage known Monday 3 March 2025 09:00, personal data Wednesday 5 March 14:00: "
            + "NIS due Thursday 6 March 09:00, UK GDPR Saturday 8 March 14:00")
    void eachDeadlineCountsFromItsOwnAwareness() {
        AssessmentAssert check = assertThatBreach(ransomware().awarenessFor(Regime.NIS, NIS_INCIDENT_AWARE))
                .isDueBy(Regime.NIS, "2025-03-06T09:00:00Z").isDueBy(Regime.UK_GDPR, "2025-03-08T14:00:00Z");
        assertThat(check.assessment().deadlines()).extracting(NotificationDeadline::regime)
                .containsExactly(Regime.NIS, Regime.UK_GDPR);
        assertThat(check.assessment().explanation().toString())
                .contains("NIS: NIS competent authority within 72 hours of awareness (its clock started at");
    }

    @Test
    @DisplayName("Without its own instant a regime counts from the common awareness")
    void theCommonAwarenessIsTheDefault() {
        assertThatBreach(ransomware()).isDueBy(Regime.NIS, "2025-03-08T14:00:00Z")
                .isDueBy(Regime.UK_GDPR, "2025-03-08T14:00:00Z");
    }

    @Test
    @DisplayName("An instant for a regime that does not apply is refused, naming awarenessByRegime.PECR")
    void anInstantForAnotherRegimeIsRefused() {
        assertThatThrownBy(() -> ransomware().awarenessFor(Regime.PECR, NIS_INCIDENT_AWARE).build())
                .isInstanceOf(ValidationException.class).hasMessageContaining("awarenessByRegime.PECR");
    }

    @Test
    @DisplayName("The NIS competent authority's name comes from the policy into the NIS duty's wording")
    void theNisAuthorityIsNamed() {
        AssessmentPolicy policy = AssessmentPolicy.defaults()
                .withNisAuthorityName("Department of Health and Social Care");
        AssessmentAssert check = assertThatBreach(ransomware().build(), policy,
                Clock.fixed(Instant.parse("2025-03-05T15:00:00Z"), ZoneOffset.UTC));
        assertThat(check.assessment().findDeadline(Regime.NIS).orElseThrow().recipient())
                .isEqualTo("Department of Health and Social Care");
        assertThat(check.assessment().explanation().toString())
                .contains("NIS: Department of Health and Social Care within 72 hours");
    }

    static LongStream seeds() {
        return LongStream.rangeClosed(1, 4).map(i -> 0xA3A3_0000L + i);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    @DisplayName("Every deadline is its regime's own awareness plus exactly its hours")
    void everyDeadlineIsItsOwnAwarenessPlusItsHours(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        BreachAssessor assessor = BreachAssessor.of(AssessmentPolicy.defaults(),
                Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC));
        for (int i = 0; i < 200; i++) {
            OffsetDateTime common = PERSONAL_DATA_AWARE.plusMinutes(random.nextInt(0, 500_000));
            OffsetDateTime nis = common.plusMinutes(random.nextInt(-10_000, 10_000));
            BreachFacts facts = ransomware().awareness(common).awarenessFor(Regime.NIS, nis).build();
            BreachAssessment assessment = assessor.assess(facts);
            for (NotificationDeadline deadline : assessment.deadlines()) {
                Instant start = facts.awarenessFor(deadline.regime()).toInstant();
                assertThat(Duration.between(start, deadline.toInstant()))
                        .as("seed %d case %d %s", seed, i, deadline.regime()).isEqualTo(Duration.ofHours(deadline.hours()));
            }
        }
    }
}
