package org.igkit.breach.register;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

import org.igkit.breach.assessment.ChecklistItem;
import org.igkit.breach.assessment.ReportPayload;

/**
 * The pre-filled report to the Commissioner of a logged breach: the ICO form's fields as its latest assessment's facts
 * fill them, and the Art 33(3) checklist of what the report must still contain (Art 33(4) lets it follow in phases).
 *
 * @param breachId         the logged breach
 * @param reference        the organisation's reference, may be {@code null}
 * @param assessmentNumber the number of the assessment whose facts fill the form (the latest)
 * @param assessedAt       when that assessment was made
 * @param form             the report form's fields
 * @param checklist        the Art 33(3) content checklist, in the order of the Article
 */
public record BreachReport(String breachId, String reference, int assessmentNumber, Instant assessedAt,
        ReportPayload form, List<ChecklistItem> checklist) {
    public BreachReport {
        Objects.requireNonNull(breachId, "breachId");
        Objects.requireNonNull(assessedAt, "assessedAt");
        Objects.requireNonNull(form, "form");
        checklist = List.copyOf(checklist);
    }

    /** The checklist items the facts do not provide yet. */
    public List<ChecklistItem> missing() {
        return checklist.stream().filter(ChecklistItem::isMissing).toList();
    }

    /** True when the report has everything Art 33(3) asks for. */
    public boolean isComplete() {
        return missing().isEmpty();
    }
}
