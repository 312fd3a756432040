package org.igkit.breach.log;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import org.igkit.breach.assessment.BreachAssessor;
import org.igkit.breach.facts.BreachFacts;
import org.igkit.breach.facts.BreachType;
import org.igkit.breach.facts.EnisaInput;
import org.igkit.breach.facts.Quarters;
import org.igkit.breach.facts.Regime;
import org.igkit.core.error.ValidationException;
import org.igkit.core.error.Violation;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The stored aggregate rebuilds from its fields and refuses inconsistent ones. */
class BreachRecordTest {
    private static final BreachAssessor ASSESSOR = BreachAssessor.withDefaults(
            Clock.fixed(Instant.parse("2024-06-01T12:00:00Z"), ZoneOffset.UTC));

    private static RecordedAssessment assessment(int number) {
        BreachFacts facts = BreachFacts.builder(OffsetDateTime.parse("2024-03-29T16:00:00Z")).regimes(Regime.UK_GDPR)
                .breachTypes(BreachType.CONFIDENTIALITY)
                .enisa(EnisaInput.of(2, Quarters.ofWhole(1), Quarters.ZERO, Quarters.ZERO, Quarters.ZERO, false))
                .build();
        return RecordedAssessment.of(number, "dpo", facts, ASSESSOR.assess(facts));
    }

    @Test
    @DisplayName("The canonical constructor rebuilds a stored record exactly")
    void rebuildsFromFields() {
        BreachRecord record = BreachRecord.open("b-1", "BR-1", "summary", assessment(1)).withActionTaken("recalled");
        BreachRecord rebuilt = new BreachRecord(record.id(), record.reference(), record.summary(),
                record.assessments(), record.notifications(), record.reasonNotNotifying(), record.actionsTaken(),
                record.lessonsLearned(), record.status(), record.closedAt(), record.version());
        assertThat(rebuilt).isEqualTo(record);
    }

    @Test
    @DisplayName("Inconsistent fields are refused together, each named")
    void refusesInconsistentFields() {
        assertThatThrownBy(() -> new BreachRecord(" ", "", null, List.of(assessment(2)), null, null, null, null,
                BreachStatus.CLOSED, null, -1))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .extracting(Violation::path)
                        .containsExactly("id", "reference", "assessments[0].number", "closedAt", "version"));
    }

    @Test
    @DisplayName("A re-assessment must carry the next number")
    void reassessmentNumbering() {
        BreachRecord record = BreachRecord.open("b-1", "BR-1", "", assessment(1));
        assertThatThrownBy(() -> record.withAssessment(assessment(3))).isInstanceOf(ValidationException.class);
        assertThat(record.withAssessment(assessment(2)).assessments()).hasSize(2);
    }
}
