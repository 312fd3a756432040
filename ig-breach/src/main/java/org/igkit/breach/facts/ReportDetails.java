package org.igkit.breach.facts;

import java.time.OffsetDateTime;

import org.igkit.core.error.ValidationException;

/**
 * What the report to the Commissioner must say beyond the facts scored (UK GDPR Art 33(3), DPA 2018 s.67(4)) and
 * what the ICO's report form asks for. Every field may be absent while the facts are still coming in (Art 33(4):
 * information may be provided in phases); the checklist says what is missing.
 *
 * @param description              what happened (Art 33(3)(a) nature of the breach)
 * @param howDiscovered            how the breach was found
 * @param occurredAt               when it happened, if known
 * @param cyberIncident            true when it was a cyber incident
 * @param categoriesOfDataSubjects e.g. "pupils, parents" (Art 33(3)(a))
 * @param categoriesOfPersonalData e.g. "contact details, SEN records" (Art 33(3)(a))
 * @param approximateRecords       approximate number of records concerned (Art 33(3)(a)), or {@code null}
 * @param contactPoint             the DPO or other contact point (Art 33(3)(b))
 * @param likelyConsequences       the likely consequences (Art 33(3)(c))
 * @param measuresTaken            measures taken or proposed, including mitigation (Art 33(3)(d))
 */
public record ReportDetails(String description, String howDiscovered, OffsetDateTime occurredAt, boolean cyberIncident,
        String categoriesOfDataSubjects, String categoriesOfPersonalData, Long approximateRecords, String contactPoint,
        String likelyConsequences, String measuresTaken) {
    public ReportDetails {
        description = blankToNull(description);
        howDiscovered = blankToNull(howDiscovered);
        categoriesOfDataSubjects = blankToNull(categoriesOfDataSubjects);
        categoriesOfPersonalData = blankToNull(categoriesOfPersonalData);
        contactPoint = blankToNull(contactPoint);
        likelyConsequences = blankToNull(likelyConsequences);
        measuresTaken = blankToNull(measuresTaken);
        if (approximateRecords != null && approximateRecords < 0) {
            throw new ValidationException("approximateRecords", "must not be negative", approximateRecords);
        }
    }

    /** Nothing known yet. */
    public static ReportDetails none() {
        return new ReportDetails(null, null, null, false, null, null, null, null, null, null);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
