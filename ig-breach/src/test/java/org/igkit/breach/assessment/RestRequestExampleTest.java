package org.igkit.breach.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;

import org.igkit.breach.facts.BreachFacts;
import org.igkit.breach.facts.BreachType;
import org.igkit.breach.facts.CategoryScore;
import org.igkit.breach.facts.DataCategory;
import org.igkit.breach.facts.DsptGrade;
import org.igkit.breach.facts.EffectOnIndividuals;
import org.igkit.breach.facts.EnisaInput;
import org.igkit.breach.facts.Exfiltration;
import org.igkit.breach.facts.Protection;
import org.igkit.breach.facts.Quarters;
import org.igkit.breach.facts.Regime;
import org.igkit.breach.facts.RiskTier;
import org.igkit.breach.severity.EnisaBand;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The example body of {@code POST /v1/breaches/assessments}, mapped field by field onto the Java API, with the
 * answer the REST adapter will serialise.
 */
class RestRequestExampleTest {

    @Test
    @DisplayName("The REST example: aware Friday 29 March 2024 16:00 UTC, UK GDPR deadline 2024-04-01T17:00+01:00")
    void restExample() {
        EnisaInput enisa = EnisaInput.parse(2,
                List.of(new CategoryScore(DataCategory.SIMPLE, 1, 2, "120 records allow profiling")),
                new BigDecimal("0.75"), new BigDecimal("0.25"), new BigDecimal("0"), new BigDecimal("0"), false);
        BreachFacts facts = BreachFacts.builder(OffsetDateTime.parse("2024-03-29T16:00:00Z"))
                .regimes(Regime.UK_GDPR).breachTypes(BreachType.CONFIDENTIALITY).enisa(enisa)
                .protection(Protection.NONE).specialCategories(false).individuals(120).vulnerableSubjects(false)
                .exfiltration(Exfiltration.POSSIBLE).backupAvailable(true).restorationHours(4)
                .effectOnIndividuals(EffectOnIndividuals.NONE).dspt(DsptGrade.of(3, 2)).build();

        BreachAssessment answer = BreachAssessor.withDefaults(Breaches.LATER).assess(facts);

        assertThat(answer.enisa().dpc()).isEqualTo(2);
        assertThat(answer.enisa().ei()).isEqualTo(Quarters.ofQuarters(3));
        assertThat(answer.enisa().cb().toBigDecimal()).isEqualByComparingTo("0.25");
        assertThat(answer.enisa().score().toString()).isEqualTo("1.75");
        assertThat(answer.enisa().band()).isEqualTo(EnisaBand.LOW);
        assertThat(answer.riskTier()).isEqualTo(RiskTier.NO_RISK);
        assertThat(answer.computedRiskTier()).isEqualTo(RiskTier.NO_RISK);
        assertThat(answer.notifyCommissioner().required()).isFalse();
        assertThat(answer.notifyCommissioner().regime()).isEqualTo(Regime.UK_GDPR);
        assertThat(answer.notifyCommissioner().deadline()).isEqualTo(OffsetDateTime.parse("2024-04-01T17:00:00+01:00"));
        assertThat(answer.communicateDataSubjects()).isEqualTo(DataSubjectDuty.NOT_REQUIRED);
        assertThat(answer.deadlines()).singleElement().satisfies(d -> {
            assertThat(d.regime()).isEqualTo(Regime.UK_GDPR);
            assertThat(d.hours()).isEqualTo(72);
        });
        assertThat(answer.late()).isFalse();
        assertThat(answer.dspt()).as("no DSPT grading without the NHS_DSPT regime").isNull();
        assertThat(answer.explanation().steps()).isNotEmpty();
    }
}
