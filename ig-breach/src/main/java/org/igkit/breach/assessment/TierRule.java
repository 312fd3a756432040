package org.igkit.breach.assessment;

import java.util.Optional;

/**
 * One rule of the risk tier (spec breach.md §8.2 step 5): its id and source are its {@link RiskRule}; given the facts
 * and the decision so far it either fires, with the tier it gives and the steps that explain it, or says nothing.
 * {@link TierRules} applies the rules in order.
 */
interface TierRule {
    /** The rule's id and source. */
    RiskRule id();

    /** This rule's ruling on {@code input} after {@code soFar}; empty when the rule has nothing to say. */
    Optional<Ruling> apply(TierInput input, TierDecision soFar);
}
