package org.igkit.breach.log;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Objects;

import org.igkit.breach.assessment.BreachAssessment;
import org.igkit.breach.assessment.DataSubjectDuty;
import org.igkit.breach.facts.BreachFacts;
import org.igkit.breach.facts.Quarters;
import org.igkit.breach.facts.RiskTier;
import org.igkit.breach.severity.EnisaBand;
import org.igkit.core.error.ValidationException;
import org.igkit.core.explain.Explanation;

/**
 * One assessment of a breach as the log keeps it: the facts as they were known, the decisions taken on them and the
 * reasoning. A re-assessment adds a new one; earlier ones are never changed (ICO: "if new information comes to light,
 * you should reassess"; EDPB 01/2021 para 10).
 *
 * @param number                 1 for the first assessment, then 2, 3 ...
 * @param assessedAt             when
 * @param assessedBy             who (a user name or role), may be empty
 * @param facts                  the facts assessed
 * @param computedTier           the tier the rules gave
 * @param finalTier              the tier decided (the override's, when there is one)
 * @param enisaScore             the ENISA score
 * @param enisaBand              the ENISA band
 * @param notifyCommissioner     whether the Commissioner must be notified
 * @param commissionerDeadline   the deadline for it, or {@code null} when no personal-data regime applies
 * @param dataSubjectDuty        the data-subject duty
 * @param dsptReportable         whether reportable through the DSPT, or {@code null} when the NHS regime does not apply
 * @param explanation            the reasoning, with citations
 */
public record RecordedAssessment(int number, Instant assessedAt, String assessedBy, BreachFacts facts,
        RiskTier computedTier, RiskTier finalTier, Quarters enisaScore, EnisaBand enisaBand, boolean notifyCommissioner,
        OffsetDateTime commissionerDeadline, DataSubjectDuty dataSubjectDuty, Boolean dsptReportable,
        Explanation explanation) {
    public RecordedAssessment {
        if (number < 1) {
            throw new ValidationException("number", "must be 1 or more", number);
        }
        Objects.requireNonNull(assessedAt, "assessedAt");
        assessedBy = assessedBy == null ? "" : assessedBy.strip();
        Objects.requireNonNull(facts, "facts");
        Objects.requireNonNull(computedTier, "computedTier");
        Objects.requireNonNull(finalTier, "finalTier");
        Objects.requireNonNull(enisaScore, "enisaScore");
        Objects.requireNonNull(enisaBand, "enisaBand");
        Objects.requireNonNull(dataSubjectDuty, "dataSubjectDuty");
        Objects.requireNonNull(explanation, "explanation");
    }

    /** The log entry for assessment {@code number} of {@code facts}, made by {@code assessedBy}. */
    public static RecordedAssessment of(int number, String assessedBy, BreachFacts facts, BreachAssessment assessment) {
        return new RecordedAssessment(number, assessment.assessedAt(), assessedBy, facts,
                assessment.computedRiskTier(), assessment.riskTier(), assessment.enisa().score(),
                assessment.enisa().band(), assessment.notifyCommissioner().required(),
                assessment.notifyCommissioner().deadline(), assessment.communicateDataSubjects(),
                assessment.findDspt().map(d -> d.reportable()).orElse(null), assessment.explanation());
    }

    /** True when a person overrode the computed tier. */
    public boolean isOverridden() {
        return facts.override() != null;
    }
}
