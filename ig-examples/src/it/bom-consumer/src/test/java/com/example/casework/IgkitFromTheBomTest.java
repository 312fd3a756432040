package com.example.casework;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.igkit.breach.assessment.AssessmentPolicy;
import org.igkit.breach.assessment.BreachAssessment;
import org.igkit.breach.assessment.BreachAssessor;
import org.igkit.breach.facts.BreachFacts;
import org.igkit.breach.facts.BreachType;
import org.igkit.breach.facts.CategoryScore;
import org.igkit.breach.facts.DataCategory;
import org.igkit.breach.facts.EnisaInput;
import org.igkit.breach.facts.Exfiltration;
import org.igkit.breach.facts.Regime;
import org.igkit.core.Nation;
import org.igkit.requests.engine.DeadlineEngine;
import org.igkit.requests.engine.DeadlineQuery;
import org.igkit.requests.engine.DeadlineResult;
import org.igkit.requests.regime.RegimeId;
import org.igkit.retention.calculation.RetentionCalculator;
import org.igkit.retention.calculation.RetentionResult;
import org.igkit.retention.rule.RecordFacts;
import org.igkit.retention.rule.RuleText;
import org.igkit.retention.schedule.DisposalAction;

/** The three snippets of docs/guide.md ("Depending on igkit"), run against the installed artifacts. */
class IgkitFromTheBomTest {

    @Test
    void anFoiRequestReceivedOnWednesday2October2024IsDueOn30October() {
        DeadlineEngine engine = DeadlineEngine.shipped(Clock.systemUTC());
        DeadlineResult r = engine.calculate(DeadlineQuery.of(RegimeId.FOIA, Nation.ENGLAND, LocalDate.of(2024, 10, 2)));
        assertEquals(LocalDate.of(2024, 10, 30), r.dueDate());
        assertFalse(r.explanation().steps().isEmpty());
    }

    @Test
    void aRecordProcessedInJune2012IsDueForDestructionAtTheEndOfMarch2019() {
        RetentionCalculator calculator = RetentionCalculator.ukDefaults();
        RetentionResult r = calculator.calculate(
                RuleText.parse("CFY(processed) + 6y"), DisposalAction.SECURE_DESTROY,
                RecordFacts.from(Map.of("processed", LocalDate.of(2012, 6, 15))),
                List.of(), List.of(), LocalDate.of(2026, 5, 9));
        assertEquals(LocalDate.of(2019, 3, 31), r.dueDate());
        assertTrue(r.eligibleNow());
    }

    @Test
    void aLowSeverityBreachNeedNotBeReportedAndItsDeadlineCrossesTheClockChange() {
        BreachAssessor assessor = BreachAssessor.of(AssessmentPolicy.defaults(), Clock.systemUTC());
        BreachFacts facts = BreachFacts.builder(OffsetDateTime.parse("2024-03-29T16:00:00Z"))
                .regimes(Regime.UK_GDPR)
                .breachTypes(BreachType.CONFIDENTIALITY)
                .enisa(EnisaInput.parse(null,
                        List.of(CategoryScore.adjusted(DataCategory.SIMPLE, 2, "volume allows profiling")),
                        new BigDecimal("0.75"), new BigDecimal("0.25"), BigDecimal.ZERO, BigDecimal.ZERO, false))
                .individuals(120)
                .exfiltration(Exfiltration.POSSIBLE)
                .build();
        BreachAssessment a = assessor.assess(facts);
        assertFalse(a.notifyCommissioner().required());
        assertEquals(OffsetDateTime.parse("2024-04-01T17:00+01:00"), a.notifyCommissioner().deadline());
    }
}
