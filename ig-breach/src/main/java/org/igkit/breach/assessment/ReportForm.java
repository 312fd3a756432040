package org.igkit.breach.assessment;

import java.util.ArrayList;
import java.util.List;

import org.igkit.breach.facts.BreachFacts;
import org.igkit.breach.facts.RiskTier;
import org.igkit.breach.severity.DsptGrading;

/**
 * Fills the {@link ReportPayload}, the ICO report form's questions, from the facts and the decisions: the regulator,
 * initial or follow-up, what happened, the numbers, the tier and the data-subject duty, lateness, and the other bodies
 * to be told (every required recipient that is not the regulator, and DHSC / NHS England for an escalated DSPT cell).
 */
final class ReportForm {
    private ReportForm() {
    }

    static ReportPayload fill(BreachFacts facts, RiskTier tier, DataSubjectDuty subjects, boolean late,
            List<NotificationDeadline> deadlines, DsptGrading dspt, AssessmentPolicy policy) {
        List<String> others = new ArrayList<>();
        for (NotificationDeadline d : deadlines) {
            if (d.required() && !d.recipient().equals(policy.regulatorName())) {
                others.add(d.recipient());
            }
        }
        if (dspt != null && dspt.escalated()) {
            others.add("DHSC / NHS England");
        }
        List<String> types = facts.breachTypes().stream().sorted().map(Enum::name).toList();
        return new ReportPayload(policy.regulatorName(), facts.notifiedAt() == null ? "INITIAL" : "FOLLOW_UP",
                facts.report().description(), facts.report().howDiscovered(), facts.report().occurredAt(),
                facts.awareness().toInstant().atZone(policy.displayZone()).toOffsetDateTime(),
                facts.report().cyberIncident(), types, facts.report().categoriesOfPersonalData(),
                facts.specialCategories(), facts.report().approximateRecords(),
                facts.report().categoriesOfDataSubjects(), facts.individuals(), facts.vulnerableSubjects(),
                facts.report().likelyConsequences(), tier, facts.report().measuresTaken(), subjects,
                facts.report().contactPoint(), late, facts.reasonsForDelay(), others);
    }
}
