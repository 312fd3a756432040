package org.igkit.breach.assessment;

import java.util.List;
import java.util.Objects;

import org.igkit.breach.facts.RiskTier;
import org.igkit.core.explain.Citation;
import org.igkit.core.explain.Explanation;

/**
 * What one tier rule said about the facts: the tier it gives, how that tier combines with the decision so far, the
 * rules to record and the steps that explain it.
 *
 * @param effect      how the ruling changes the decision
 * @param tier        the tier it gives, or {@code null} when it only explains why it stood aside
 * @param rules       the rules to record as having decided (R2 records R3 too when it used the band)
 * @param explanation the steps, with their citations
 */
record Ruling(Effect effect, RiskTier tier, List<RiskRule> rules, Explanation explanation) {
    Ruling {
        Objects.requireNonNull(effect, "effect");
        rules = List.copyOf(rules);
        Objects.requireNonNull(explanation, "explanation");
        if ((tier == null) != (effect == Effect.STANDS_ASIDE)) {
            throw new IllegalArgumentException("a ruling gives a tier unless it stands aside: " + effect + ", " + tier);
        }
    }

    /** How a ruling combines with the decision so far. */
    enum Effect {
        /** The tier is final: no later rule runs (R0, R1). */
        SETTLES,
        /** The tier is set; later rules may still adjust it (R2, R2E, R3). */
        SETS,
        /** The tier so far is changed (R4). */
        ADJUSTS,
        /** No change: the rule considered the facts and explains why it does not apply. */
        STANDS_ASIDE
    }

    static Ruling settles(RiskRule rule, RiskTier tier, String step, Citation... citations) {
        return new Ruling(Effect.SETTLES, tier, List.of(rule), Explanation.builder().step(step, citations).build());
    }

    static Ruling sets(RiskRule rule, RiskTier tier, String step, Citation... citations) {
        return new Ruling(Effect.SETS, tier, List.of(rule), Explanation.builder().step(step, citations).build());
    }

    static Ruling adjusts(RiskRule rule, RiskTier tier, String step, Citation... citations) {
        return new Ruling(Effect.ADJUSTS, tier, List.of(rule), Explanation.builder().step(step, citations).build());
    }

    static Ruling standsAside(String step, Citation... citations) {
        return new Ruling(Effect.STANDS_ASIDE, null, List.of(), Explanation.builder().step(step, citations).build());
    }

    /** True when the rule gave a tier (it fired), false when it only explained why it stood aside. */
    boolean fired() {
        return effect != Effect.STANDS_ASIDE;
    }
}
