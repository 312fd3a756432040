package org.igkit.breach.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.OffsetDateTime;

import org.igkit.breach.facts.BreachFacts;
import org.igkit.breach.facts.Regime;
import org.igkit.breach.facts.RiskTier;
import org.igkit.breach.severity.EnisaBand;

/** A fluent check of one assessment, so that each legal case reads as one line of expectations. */
final class AssessmentAssert {
    private final BreachAssessment assessment;

    private AssessmentAssert(BreachAssessment assessment) {
        this.assessment = assessment;
    }

    static AssessmentAssert assertThatBreach(BreachFacts.Builder facts) {
        return assertThatBreach(facts.build(), AssessmentPolicy.defaults(), Breaches.LATER);
    }

    static AssessmentAssert assertThatBreach(BreachFacts facts, AssessmentPolicy policy, Clock clock) {
        return new AssessmentAssert(BreachAssessor.of(policy, clock).assess(facts));
    }

    BreachAssessment assessment() {
        return assessment;
    }

    AssessmentAssert isTier(RiskTier tier) {
        assertThat(assessment.riskTier()).as("risk tier; explanation: %s", assessment.explanation()).isEqualTo(tier);
        return this;
    }

    AssessmentAssert byRules(RiskRule... rules) {
        assertThat(assessment.rules()).as("rules; explanation: %s", assessment.explanation()).containsExactly(rules);
        return this;
    }

    AssessmentAssert hasBand(EnisaBand band) {
        assertThat(assessment.enisa().band()).isEqualTo(band);
        return this;
    }

    AssessmentAssert notifiesCommissioner() {
        assertThat(assessment.notifyCommissioner().required())
                .as("notify the Commissioner; explanation: %s", assessment.explanation()).isTrue();
        return this;
    }

    AssessmentAssert doesNotNotifyCommissioner() {
        assertThat(assessment.notifyCommissioner().required())
                .as("notify the Commissioner; explanation: %s", assessment.explanation()).isFalse();
        return this;
    }

    AssessmentAssert dataSubjects(DataSubjectDuty duty) {
        assertThat(assessment.communicateDataSubjects())
                .as("data-subject duty; explanation: %s", assessment.explanation()).isEqualTo(duty);
        return this;
    }

    /** Notify the Commissioner and the data subjects. */
    AssessmentAssert notifiesCommissionerAndDataSubjects() {
        return notifiesCommissioner().dataSubjects(DataSubjectDuty.REQUIRED);
    }

    /** Record only: neither the Commissioner nor the data subjects. */
    AssessmentAssert isRecordedOnly() {
        return doesNotNotifyCommissioner().dataSubjects(DataSubjectDuty.NOT_REQUIRED);
    }

    AssessmentAssert isDueBy(Regime regime, String offsetDateTime) {
        NotificationDeadline deadline = assessment.findDeadline(regime).orElseThrow();
        assertThat(deadline.deadline()).isEqualTo(OffsetDateTime.parse(offsetDateTime));
        return this;
    }

    AssessmentAssert hasLimit(Regime regime, int hours) {
        assertThat(assessment.findDeadline(regime).orElseThrow().hours()).isEqualTo(hours);
        return this;
    }

    AssessmentAssert isLate() {
        assertThat(assessment.late()).isTrue();
        return this;
    }

    AssessmentAssert isOnTime() {
        assertThat(assessment.late()).isFalse();
        return this;
    }
}
