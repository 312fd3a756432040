package org.igkit.breach.assessment;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;

import org.igkit.breach.facts.RiskTier;

/**
 * The report to the Commissioner as structured data, one field per question of the ICO's personal data breach report
 * form (the sections as the online form groups them). Fields the facts do not provide are {@code null}; the
 * {@link BreachAssessment#checklist()} lists them.
 *
 * @param regulator                    the regulator's configured name
 * @param reportType                   "INITIAL" before any notification, "FOLLOW_UP" once notified
 * @param description                  what happened
 * @param howDiscovered                how the breach was discovered
 * @param occurredAt                   when it happened, if known
 * @param discoveredAt                 when the controller became aware, in Europe/London
 * @param cyberIncident                whether it was a cyber incident
 * @param breachTypes                  confidentiality, integrity, availability
 * @param categoriesOfPersonalData     the categories of personal data
 * @param specialCategoryOrCriminal    whether special-category or criminal-offence data is involved
 * @param approximateRecords           approximate number of records
 * @param categoriesOfDataSubjects     the categories of data subjects
 * @param approximateDataSubjects      approximate number of data subjects
 * @param vulnerableDataSubjects       whether vulnerable people are affected
 * @param likelyConsequences           the likely consequences
 * @param riskTier                     the controller's assessment of the risk
 * @param measuresTaken                measures taken or proposed, including mitigation
 * @param dataSubjectsInformed         the data-subject duty as assessed
 * @param contactPoint                 the DPO or other contact point
 * @param notifiedLate                 whether the report is made after the deadline
 * @param reasonsForDelay              the reasons for the delay, when late
 * @param otherRegulators              other bodies to be told (NIS competent authority, DSPT, ...)
 */
public record ReportPayload(String regulator, String reportType, String description, String howDiscovered,
        OffsetDateTime occurredAt, OffsetDateTime discoveredAt, boolean cyberIncident, List<String> breachTypes,
        String categoriesOfPersonalData, boolean specialCategoryOrCriminal, Long approximateRecords,
        String categoriesOfDataSubjects, Integer approximateDataSubjects, boolean vulnerableDataSubjects,
        String likelyConsequences, RiskTier riskTier, String measuresTaken, DataSubjectDuty dataSubjectsInformed,
        String contactPoint, boolean notifiedLate, String reasonsForDelay, List<String> otherRegulators) {
    public ReportPayload {
        Objects.requireNonNull(regulator, "regulator");
        Objects.requireNonNull(reportType, "reportType");
        breachTypes = List.copyOf(breachTypes);
        otherRegulators = List.copyOf(otherRegulators);
    }
}
