package org.igkit.breach.assessment;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.igkit.breach.facts.RiskTier;

/**
 * The risk tier as the rules have left it so far, and in the end the computed tier.
 *
 * @param tier    the tier so far, or {@code null} while no rule has set one
 * @param base    the tier before any rule adjusted it (R4 mitigation), or {@code null} while unset
 * @param rules   the rules that set or changed the tier, in the order applied
 * @param settled true when a rule's ruling is final and no later rule runs (R0, R1)
 */
record TierDecision(RiskTier tier, RiskTier base, List<RiskRule> rules, boolean settled) {
    TierDecision {
        rules = List.copyOf(rules);
    }

    /** Before any rule ran. */
    static TierDecision undecided() {
        return new TierDecision(null, null, List.of(), false);
    }

    /** True once a rule set a tier. */
    boolean hasTier() {
        return tier != null;
    }

    /** The tier so far, if set. */
    Optional<RiskTier> findTier() {
        return Optional.ofNullable(tier);
    }

    /** The decision after {@code ruling}. */
    TierDecision with(Ruling ruling) {
        List<RiskRule> applied = new ArrayList<>(rules);
        applied.addAll(ruling.rules());
        switch (ruling.effect()) {
            case SETTLES:
                return new TierDecision(ruling.tier(), ruling.tier(), applied, true);
            case SETS:
                return new TierDecision(ruling.tier(), ruling.tier(), applied, false);
            case ADJUSTS:
                return new TierDecision(ruling.tier(), base, applied, false);
            default:
                return this;
        }
    }
}
