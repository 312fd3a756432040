package org.igkit.breach.facts;

import org.igkit.core.error.ValidationException;

/**
 * A person's decision to set the risk tier to something other than the computed one. ENISA s.4.1.1 lets a controller
 * state the "correct" level with its arguments, and accountability (Art 5(2)) needs the reason, so the justification
 * is mandatory.
 *
 * @param tier          the tier decided
 * @param justification why, in words; never blank
 */
public record TierOverride(RiskTier tier, String justification) {
    public TierOverride {
        ValidationException.Collector problems = ValidationException.collector();
        problems.require(tier != null, "tier", "is required: NO_RISK, RISK or HIGH_RISK", null);
        problems.require(justification != null && !justification.isBlank(), "justification",
                "is required to override the computed risk tier (ENISA s.4.1.1; UK GDPR Art 5(2))", justification);
        problems.throwIfAny();
        justification = justification.strip();
    }

    /** An override to {@code tier} for {@code justification}. */
    public static TierOverride of(RiskTier tier, String justification) {
        return new TierOverride(tier, justification);
    }
}
