package org.igkit.breach.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.igkit.breach.assessment.Breaches.aBreach;

import java.time.Instant;

import org.igkit.breach.assessment.NotificationDuty.Recipient;
import org.igkit.breach.assessment.NotificationDuty.Trigger;
import org.igkit.breach.facts.BreachFacts;
import org.igkit.breach.facts.Regime;
import org.igkit.breach.facts.RiskTier;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The notification-duty table: one row per regime, as docs/breach.md "Decisions" and "Deadlines" state the law. */
class NotificationDutiesTest {
    private static final NotificationDuties DUTIES = NotificationDuties.standard();
    private static final AssessmentPolicy POLICY = AssessmentPolicy.defaults();

    @Test
    @DisplayName("Every regime has a row: who is told and what makes it required")
    void oneRowPerRegime() {
        assertThat(DUTIES.of(Regime.UK_GDPR).trigger()).isEqualTo(Trigger.RISK_UNLESS_PECR);
        assertThat(DUTIES.of(Regime.DPA_PART3).trigger()).isEqualTo(Trigger.RISK);
        assertThat(DUTIES.of(Regime.PECR).trigger()).isEqualTo(Trigger.EVERY_BREACH);
        assertThat(DUTIES.of(Regime.UK_EIDAS).trigger()).isEqualTo(Trigger.SIGNIFICANT_SERVICE_IMPACT);
        assertThat(DUTIES.of(Regime.NIS).trigger()).isEqualTo(Trigger.SIGNIFICANT_SERVICE_IMPACT);
        assertThat(DUTIES.of(Regime.NHS_DSPT).trigger()).isEqualTo(Trigger.DSPT_GRID);
        assertThat(DUTIES.of(Regime.NIS).recipient()).isEqualTo(Recipient.NIS_AUTHORITY);
        assertThat(DUTIES.of(Regime.NIS).recipient().nameIn(POLICY.withNisAuthorityName("DHSC"))).isEqualTo("DHSC");
    }

    @Test
    @DisplayName("UK GDPR Art 33(1): required from RISK up, not at NO_RISK, and not when PECR's duty replaces it")
    void ukGdprBoundary() {
        BreachFacts gdpr = aBreach().build();
        BreachFacts provider = aBreach().regimes(Regime.UK_GDPR, Regime.PECR).build();
        assertThat(Trigger.RISK_UNLESS_PECR.requires(gdpr, RiskTier.RISK, null)).isTrue();
        assertThat(Trigger.RISK_UNLESS_PECR.requires(gdpr, RiskTier.NO_RISK, null)).isFalse();
        assertThat(Trigger.RISK_UNLESS_PECR.requires(provider, RiskTier.HIGH_RISK, null)).isFalse();
        assertThat(Trigger.EVERY_BREACH.requires(provider, RiskTier.NO_RISK, null)).isTrue();
    }

    @Test
    @DisplayName("DUAA 2025 s.111: PECR cites Reg 611/2013 for awareness before the changeover, s.111 from it")
    void pecrSourceByAwareness() {
        NotificationDuty.Source source = DUTIES.of(Regime.PECR).source();
        Instant changeover = POLICY.pecrChangeover();
        assertThat(source.citation(changeover.minusSeconds(1), POLICY)).isEqualTo(Sources.PECR_24H);
        assertThat(source.citation(changeover, POLICY)).isEqualTo(Sources.PECR_72H);
    }
}
