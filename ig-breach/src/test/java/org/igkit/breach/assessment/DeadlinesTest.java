package org.igkit.breach.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.igkit.breach.assessment.AssessmentAssert.assertThatBreach;
import static org.igkit.breach.assessment.Breaches.aBreach;
import static org.igkit.breach.assessment.Breaches.enisa;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import org.igkit.breach.facts.BreachFacts;
import org.igkit.breach.facts.Regime;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Notification deadlines: awareness plus exactly N hours on the instant line, shown in Europe/London with the offset
 * in force then (spec breach.md §3.2). Weekends and bank holidays count (Art 33(1) says hours).
 */
class DeadlinesTest {
    private static final String RISKY_DPC = "2";

    private static BreachFacts.Builder aRiskyBreachAwareAt(String offsetDateTime) {
        return aBreach().awareness(OffsetDateTime.parse(offsetDateTime))
                .enisa(enisa(Integer.parseInt(RISKY_DPC), "1", "0.25", "0", "0", false));
    }

    @Test
    @DisplayName("UK GDPR Art 33(1): aware Friday 29 March 2024 16:00 GMT, due Monday 1 April 17:00 BST: 72 real "
            + "hours across the spring clock change, not 71")
    void acrossTheSpringClockChange() {
        AssessmentAssert check = assertThatBreach(aRiskyBreachAwareAt("2024-03-29T16:00:00Z"))
                .notifiesCommissioner().isDueBy(Regime.UK_GDPR, "2024-04-01T17:00:00+01:00").hasLimit(Regime.UK_GDPR, 72);
        assertThat(check.assessment().notifyCommissioner().deadline())
                .isEqualTo(OffsetDateTime.parse("2024-04-01T17:00:00+01:00"));
    }

    @Test
    @DisplayName("UK GDPR Art 33(1): aware Friday 25 October 2024 10:00 BST, due Monday 28 October 09:00 GMT: adding "
            + "3 days of wall-clock time would give 10:00, an hour late")
    void acrossTheAutumnClockChange() {
        assertThatBreach(aRiskyBreachAwareAt("2024-10-25T10:00:00+01:00"))
                .isDueBy(Regime.UK_GDPR, "2024-10-28T09:00:00Z");
    }

    @Test
    @DisplayName("UK GDPR Art 33(1): the 2025 spring change (30 March): aware Friday 28 March 12:00 GMT, due Monday "
            + "31 March 13:00 BST")
    void acrossTheSpringChangeOf2025() {
        assertThatBreach(aRiskyBreachAwareAt("2025-03-28T12:00:00Z"))
                .isDueBy(Regime.UK_GDPR, "2025-03-31T13:00:00+01:00");
    }

    @Test
    @DisplayName("UK GDPR Art 33(1): the 2026 autumn change (25 October): aware Saturday 24 October 01:30 BST, due "
            + "Tuesday 27 October 00:30 GMT")
    void acrossTheAutumnChangeOf2026() {
        assertThatBreach(aRiskyBreachAwareAt("2026-10-24T01:30:00+01:00"))
                .isDueBy(Regime.UK_GDPR, "2026-10-27T00:30:00Z");
    }

    @Test
    @DisplayName("The same instant given with another offset gives the same deadline, shown in London")
    void offsetOfTheInputDoesNotMatter() {
        assertThatBreach(aRiskyBreachAwareAt("2024-03-29T18:00:00+02:00"))
                .isDueBy(Regime.UK_GDPR, "2024-04-01T17:00:00+01:00");
    }

    @Test
    @DisplayName("Art 33(1) 'not later than 72 hours': notified exactly at the deadline is on time")
    void exactlyOnTheDeadlineIsOnTime() {
        AssessmentAssert check = assertThatBreach(aRiskyBreachAwareAt("2024-03-29T16:00:00Z")
                .notifiedAt(OffsetDateTime.parse("2024-04-01T17:00:00+01:00"))).isOnTime();
        assertThat(check.assessment().reasonsForDelayRequired()).isFalse();
        assertThat(check.assessment().explanation().toString()).contains("on time");
    }

    @Test
    @DisplayName("Art 33(1): one second after the deadline is late and needs reasons for the delay")
    void oneSecondLateNeedsReasons() {
        AssessmentAssert check = assertThatBreach(aRiskyBreachAwareAt("2024-03-29T16:00:00Z")
                .notifiedAt(OffsetDateTime.parse("2024-04-01T17:00:01+01:00"))).isLate();
        assertThat(check.assessment().reasonsForDelayRequired()).isTrue();
        assertThat(check.assessment().missing()).extracting(ChecklistItem::item).contains("reasons for the delay");
        assertThat(check.assessment().report().notifiedLate()).isTrue();
    }

    @Test
    @DisplayName("Art 33(1): late with reasons given: still late, reasons no longer missing")
    void lateWithReasons() {
        AssessmentAssert check = assertThatBreach(aRiskyBreachAwareAt("2024-03-29T16:00:00Z")
                .notifiedAt(OffsetDateTime.parse("2024-04-02T09:00:00+01:00"))
                .reasonsForDelay("forensic confirmation took until Tuesday")).isLate();
        assertThat(check.assessment().reasonsForDelayRequired()).isFalse();
        assertThat(check.assessment().missing()).extracting(ChecklistItem::item).doesNotContain("reasons for the delay");
    }

    @Test
    @DisplayName("Art 33(1): at an assessment after the deadline with no notification, the breach is overdue")
    void overdueWhenTheClockHasPassed() {
        Clock afterDeadline = Clock.fixed(Instant.parse("2024-04-01T16:00:01Z"), ZoneOffset.UTC);
        Clock atDeadline = Clock.fixed(Instant.parse("2024-04-01T16:00:00Z"), ZoneOffset.UTC);
        BreachFacts facts = aRiskyBreachAwareAt("2024-03-29T16:00:00Z").build();
        assertThat(BreachAssessor.withDefaults(afterDeadline).assess(facts).overdue()).isTrue();
        assertThat(BreachAssessor.withDefaults(atDeadline).assess(facts).overdue()).isFalse();
    }

    @Test
    @DisplayName("PECR reg 5A with Reg 611/2013 Art 2: aware 19 August 2025 23:59:59 BST, 24 hours")
    void pecrBeforeTheChange() {
        assertThatBreach(aRiskyBreachAwareAt("2025-08-19T23:59:59+01:00").regimes(Regime.PECR))
                .hasLimit(Regime.PECR, 24).isDueBy(Regime.PECR, "2025-08-20T23:59:59+01:00");
    }

    @Test
    @DisplayName("PECR reg 5A as amended by DUAA 2025 s.111: aware 20 August 2025 00:00 BST, 72 hours")
    void pecrFromTheChange() {
        assertThatBreach(aRiskyBreachAwareAt("2025-08-20T00:00:00+01:00").regimes(Regime.PECR))
                .hasLimit(Regime.PECR, 72).isDueBy(Regime.PECR, "2025-08-23T00:00:00+01:00");
    }

    @Test
    @DisplayName("UK eIDAS Art 19(2): a trust service provider has 24 hours after awareness")
    void eidasTwentyFourHours() {
        assertThatBreach(aRiskyBreachAwareAt("2024-03-30T12:00:00Z").regimes(Regime.UK_GDPR, Regime.UK_EIDAS)
                .significantServiceImpact(true))
                .hasLimit(Regime.UK_EIDAS, 24).isDueBy(Regime.UK_EIDAS, "2024-03-31T13:00:00+01:00");
    }

    @Test
    @DisplayName("NIS Regulations 2018 reg 11(3): an operator of essential services has 72 hours")
    void nisSeventyTwoHours() {
        AssessmentAssert check = assertThatBreach(aRiskyBreachAwareAt("2024-10-25T10:00:00+01:00")
                .regimes(Regime.NIS).significantServiceImpact(true))
                .hasLimit(Regime.NIS, 72).isDueBy(Regime.NIS, "2024-10-28T09:00:00Z");
        assertThat(check.assessment().findDeadline(Regime.NIS).orElseThrow().recipient())
                .isEqualTo("NIS competent authority");
        assertThat(check.assessment().findDeadline(Regime.NIS).orElseThrow().required()).isTrue();
    }

    @Test
    @DisplayName("Deadlines are listed earliest first")
    void deadlinesInOrder() {
        AssessmentAssert check = assertThatBreach(aRiskyBreachAwareAt("2024-03-29T16:00:00Z")
                .regimes(Regime.UK_GDPR, Regime.UK_EIDAS, Regime.NIS).significantServiceImpact(true));
        assertThat(check.assessment().deadlines()).extracting(NotificationDeadline::regime)
                .startsWith(Regime.UK_EIDAS);
        assertThat(check.assessment().deadlines()).extracting(NotificationDeadline::hours).containsExactly(24, 72, 72);
    }
}
