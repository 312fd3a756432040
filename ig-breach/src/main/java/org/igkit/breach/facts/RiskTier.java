package org.igkit.breach.facts;

/** The risk to individuals' rights and freedoms, the threshold concept of UK GDPR Arts 33 and 34. */
public enum RiskTier {
    /** "Unlikely to result in a risk": record only (Art 33(5)). */
    NO_RISK,
    /** A risk: notify the Commissioner (Art 33(1)). */
    RISK,
    /** A high risk: notify the Commissioner and communicate to data subjects (Art 34(1)) unless Art 34(3) applies. */
    HIGH_RISK;

    /** True when this tier is above {@code other}. */
    public boolean isHigherThan(RiskTier other) {
        return compareTo(other) > 0;
    }

    /** The higher of this and {@code other}. */
    public RiskTier atLeast(RiskTier other) {
        return isHigherThan(other) ? this : other;
    }

    /** One step lower; {@link #NO_RISK} stays. */
    public RiskTier oneStepLower() {
        return this == NO_RISK ? NO_RISK : values()[ordinal() - 1];
    }
}
