package org.igkit.breach.facts;

import java.util.Objects;

/**
 * A measure taken after the breach.
 *
 * @param kind        what was done
 * @param description what was done, in words (may be empty)
 * @param verified    true when there is evidence that the measure removed the risk before the decision (only a
 *                    verified measure lowers the risk tier, rule R4, or exempts under Art 34(3)(b))
 */
public record Mitigation(MitigationKind kind, String description, boolean verified) {
    public Mitigation {
        Objects.requireNonNull(kind, "kind");
        description = description == null ? "" : description.strip();
    }

    /** A measure with evidence that it removed the risk. */
    public static Mitigation verified(MitigationKind kind, String description) {
        return new Mitigation(kind, description, true);
    }

    /** A measure taken whose effect is not verified. */
    public static Mitigation unverified(MitigationKind kind, String description) {
        return new Mitigation(kind, description, false);
    }
}
