package org.igkit.breach.assessment;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.igkit.breach.facts.Regime;
import org.igkit.breach.facts.RiskTier;
import org.igkit.breach.facts.TierOverride;
import org.igkit.breach.severity.DsptGrading;
import org.igkit.breach.severity.EnisaSeverity;
import org.igkit.core.explain.Explanation;

/**
 * The answer for one set of breach facts.
 *
 * @param assessedAt              when the assessment was made (from the injected clock)
 * @param enisa                   the ENISA severity
 * @param riskTier                the final tier: the override's when there is one, else the computed one
 * @param computedRiskTier        the tier the rules gave
 * @param rules                   the rules that set the computed tier, in the order applied (plus OVERRIDE)
 * @param override                the override, or {@code null}
 * @param notifyCommissioner      the decision to notify the Commissioner
 * @param communicateDataSubjects the data-subject duty
 * @param deadlines               every time limit of the applicable regimes, earliest first
 * @param late                    true when the Commissioner was notified after the governing deadline
 * @param reasonsForDelayRequired true when late and no reasons for the delay were given (Art 33(1) requires them)
 * @param overdue                 true when notification is required, not yet made, and the deadline had passed at
 *                                {@code assessedAt}
 * @param dspt                    the NHS DSPT grading, or {@code null} when {@link Regime#NHS_DSPT} does not apply
 * @param checklist               the Art 33(3) content checklist
 * @param report                  the report payload with the ICO form's fields
 * @param explanation             every step, with its citations, in the order taken
 */
public record BreachAssessment(Instant assessedAt, EnisaSeverity enisa, RiskTier riskTier, RiskTier computedRiskTier,
        List<RiskRule> rules, TierOverride override, CommissionerDecision notifyCommissioner,
        DataSubjectDuty communicateDataSubjects, List<NotificationDeadline> deadlines, boolean late,
        boolean reasonsForDelayRequired, boolean overdue, DsptGrading dspt, List<ChecklistItem> checklist,
        ReportPayload report, Explanation explanation) {
    public BreachAssessment {
        Objects.requireNonNull(assessedAt, "assessedAt");
        Objects.requireNonNull(enisa, "enisa");
        Objects.requireNonNull(riskTier, "riskTier");
        Objects.requireNonNull(computedRiskTier, "computedRiskTier");
        rules = List.copyOf(rules);
        Objects.requireNonNull(notifyCommissioner, "notifyCommissioner");
        Objects.requireNonNull(communicateDataSubjects, "communicateDataSubjects");
        deadlines = List.copyOf(deadlines);
        checklist = List.copyOf(checklist);
        Objects.requireNonNull(report, "report");
        Objects.requireNonNull(explanation, "explanation");
    }

    /** True when a person overrode the computed tier. */
    public boolean isOverridden() {
        return override != null;
    }

    /** The deadline of {@code regime}, if it applies. */
    public Optional<NotificationDeadline> findDeadline(Regime regime) {
        return deadlines.stream().filter(d -> d.regime() == regime).findFirst();
    }

    /** The checklist items the facts do not provide yet. */
    public List<ChecklistItem> missing() {
        return checklist.stream().filter(ChecklistItem::isMissing).toList();
    }

    /** The DSPT grading, when the NHS regime applies. */
    public Optional<DsptGrading> findDspt() {
        return Optional.ofNullable(dspt);
    }
}
