package org.igkit.assurance.dspt;

import java.time.LocalDate;

import org.igkit.core.error.ValidationException;

/**
 * A piece of evidence for a standard or outcome.
 *
 * @param description what it is, e.g. "IG training needs analysis 2024"
 * @param reference   where it is kept
 * @param addedOn     when it was added
 */
public record EvidenceItem(String description, String reference, LocalDate addedOn) {
    public EvidenceItem {
        ValidationException.Collector problems = ValidationException.collector();
        problems.require(description != null && !description.isBlank(), "description", "must not be blank", description);
        problems.require(reference != null && !reference.isBlank(), "reference", "must not be blank", reference);
        problems.require(addedOn != null, "addedOn", "is required", null);
        problems.throwIfAny();
    }
}
