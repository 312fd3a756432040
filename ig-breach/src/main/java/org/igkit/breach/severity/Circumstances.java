package org.igkit.breach.severity;

import java.util.Objects;

import org.igkit.breach.facts.Quarters;

/**
 * The circumstances of the breach (CB) element by element; ENISA adds them ("CB can only add to the severity").
 *
 * @param confidentiality loss of confidentiality, 0 to 0.5
 * @param integrity       loss of integrity, 0 to 0.5
 * @param availability    loss of availability, 0 to 0.5
 * @param malicious       malicious intent, 0 or 0.5
 */
public record Circumstances(Quarters confidentiality, Quarters integrity, Quarters availability, Quarters malicious) {
    public Circumstances {
        Objects.requireNonNull(confidentiality, "confidentiality");
        Objects.requireNonNull(integrity, "integrity");
        Objects.requireNonNull(availability, "availability");
        Objects.requireNonNull(malicious, "malicious");
    }

    /** The sum of the elements. */
    public Quarters total() {
        return confidentiality.plus(integrity).plus(availability).plus(malicious);
    }
}
