package org.igkit.assets;

import org.igkit.core.error.ValidationException;

/**
 * A protective marking: the Government Security Classifications tiers, or a label from the body's own list.
 *
 * @param label the marking as written, e.g. "OFFICIAL-SENSITIVE"
 */
public record SecurityClassification(String label) {
    /** The Government Security Classifications tier for routine public-sector business. */
    public static final SecurityClassification OFFICIAL = new SecurityClassification("OFFICIAL");
    /** OFFICIAL information whose loss would be particularly damaging (a handling caveat, not a tier). */
    public static final SecurityClassification OFFICIAL_SENSITIVE = new SecurityClassification("OFFICIAL-SENSITIVE");

    public SecurityClassification {
        if (label == null || label.isBlank()) {
            throw new ValidationException("classification", "must not be blank", label);
        }
    }

    /** The marking {@code label}, one of the body's own list or a GSC tier. */
    public static SecurityClassification of(String label) {
        return new SecurityClassification(label);
    }

    @Override
    public String toString() {
        return label;
    }
}
