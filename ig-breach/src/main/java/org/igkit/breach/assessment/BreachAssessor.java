package org.igkit.breach.assessment;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.igkit.breach.facts.BreachFacts;
import org.igkit.breach.facts.Regime;
import org.igkit.breach.facts.RiskTier;
import org.igkit.breach.severity.DsptGrading;
import org.igkit.breach.severity.EnisaSeverity;
import org.igkit.core.explain.Explanation;

/**
 * Assesses a breach (spec breach.md §8.2) as a composition of named parts, each explaining its step as it is taken:
 * the awareness and the log entry, the ENISA severity, the {@link TierRules} (R0-R4), a person's override, the NHS
 * DSPT overlay, the {@link NotificationDuties} table's deadlines, the {@link CommissionerRule}, the
 * {@link DataSubjectRule}, {@link Lateness}, the {@link Art33Checklist} and the {@link ReportForm}. Stateless apart
 * from its policy and clock; thread-safe.
 */
public final class BreachAssessor {
    private final AssessmentPolicy policy;
    private final Clock clock;
    private final TierRules tierRules = TierRules.standard();
    private final NotificationDuties duties = NotificationDuties.standard();
    private final CommissionerRule commissionerRule;
    private final DataSubjectRule dataSubjectRule;

    private BreachAssessor(AssessmentPolicy policy, Clock clock) {
        this.policy = policy;
        this.clock = clock;
        this.commissionerRule = new CommissionerRule(policy);
        this.dataSubjectRule = new DataSubjectRule(policy);
    }

    /** An assessor with {@code policy}; {@code clock} dates each assessment and decides what is overdue. */
    public static BreachAssessor of(AssessmentPolicy policy, Clock clock) {
        return new BreachAssessor(Objects.requireNonNull(policy, "policy"), Objects.requireNonNull(clock, "clock"));
    }

    /** An assessor with {@link AssessmentPolicy#defaults()}. */
    public static BreachAssessor withDefaults(Clock clock) {
        return of(AssessmentPolicy.defaults(), clock);
    }

    /** The policy in use. */
    public AssessmentPolicy policy() {
        return policy;
    }

    /** Assesses {@code facts}. */
    public BreachAssessment assess(BreachFacts facts) {
        Objects.requireNonNull(facts, "facts");
        Instant assessedAt = clock.instant();
        Explanation.Builder why = Explanation.builder();
        explainAwareness(facts, why);

        EnisaSeverity enisa = policy.enisaMethod().score(facts.enisa(), facts.individuals(), facts.protection());
        why.append(enisa.explanation());

        TierDecision computed = tierRules.apply(new TierInput(facts, enisa, policy), why);
        RiskTier finalTier = overridden(facts, computed, why);
        List<RiskRule> rules = new ArrayList<>(computed.rules());
        if (facts.override() != null) {
            rules.add(RiskRule.OVERRIDE);
        }
        DsptGrading dspt = dsptOverlay(facts, enisa, why);

        List<NotificationDeadline> deadlines = duties.deadlines(facts, finalTier, dspt, policy, why);
        CommissionerDecision commissioner = commissionerRule.decide(facts, finalTier, dspt, deadlines, why);
        DataSubjectDuty subjects = dataSubjectRule.decide(facts, finalTier, computed, why);
        Lateness lateness = Lateness.of(facts, commissioner, assessedAt, policy, why);

        List<ChecklistItem> checklist = Art33Checklist.of(facts, lateness.late(), why);
        ReportPayload report = ReportForm.fill(facts, finalTier, subjects, lateness.late(), deadlines, dspt, policy);
        return new BreachAssessment(assessedAt, enisa, finalTier, computed.tier(), rules, facts.override(),
                commissioner, subjects, deadlines, lateness.late(), lateness.reasonsRequired(), lateness.overdue(),
                dspt, checklist, report, why.build());
    }

    private void explainAwareness(BreachFacts facts, Explanation.Builder why) {
        why.step("The controller became aware on " + Wording.show(facts.awareness().toInstant(), policy.displayZone())
                + " (" + facts.awarenessSource() + "); the clock starts then, not when the breach happened",
                Sources.ART_33_1);
        why.step("The breach is recorded in the breach log whatever the outcome", Sources.ART_33_5);
    }

    /** The final tier: the override's when a person set one (ENISA s.4.1.1), both tiers being kept. */
    private static RiskTier overridden(BreachFacts facts, TierDecision computed, Explanation.Builder why) {
        if (facts.override() == null) {
            return computed.tier();
        }
        RiskTier tier = facts.override().tier();
        why.step("Risk tier overridden from " + computed.tier() + " to " + tier + ": "
                + facts.override().justification() + "; both tiers are kept", RiskRule.OVERRIDE.source());
        return tier;
    }

    /** The NHS DSPT grading, when the NHS regime applies. */
    private DsptGrading dsptOverlay(BreachFacts facts, EnisaSeverity enisa, Explanation.Builder why) {
        if (!facts.isUnder(Regime.NHS_DSPT)) {
            return null;
        }
        DsptGrading dspt = policy.dsptGrid().grade(facts, enisa.band());
        why.append(dspt.explanation());
        return dspt;
    }
}
