package org.igkit.breach.assessment;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.igkit.core.explain.Explanation;

/**
 * The tier rules in the order they apply: R0 and R1 settle NO_RISK outright; R2, R2E and R3 are tried in turn and the
 * first that fires sets the tier; R4 may then lower it. Each ruling's steps go into the explanation as it is made.
 */
final class TierRules {
    private final List<TierRule> rules;

    private TierRules(List<TierRule> rules) {
        this.rules = List.copyOf(rules);
    }

    /** R0, R1, R2, R2E, R3, R4 (docs/breach.md "Risk tier"). */
    static TierRules standard() {
        EnisaBandRule band = new EnisaBandRule();
        return new TierRules(List.of(new DataUnintelligibleRule(), new TrivialAvailabilityRule(),
                new SpecialCategoryRule(band), new IdentityOrFinancialExfiltrationRule(), band, new MitigationRule()));
    }

    /** The rules, in order. */
    List<TierRule> rules() {
        return rules;
    }

    /** The computed tier of {@code input}, explained into {@code why}. */
    TierDecision apply(TierInput input, Explanation.Builder why) {
        Objects.requireNonNull(input, "input");
        TierDecision decision = TierDecision.undecided();
        for (TierRule rule : rules) {
            if (decision.settled()) {
                break;
            }
            Optional<Ruling> ruling = rule.apply(input, decision);
            if (ruling.isPresent()) {
                why.append(ruling.get().explanation());
                decision = decision.with(ruling.get());
            }
        }
        if (!decision.hasTier()) {
            // R3 fires whenever nothing before it did, so this is a broken rule list, not bad facts.
            throw new IllegalStateException("no tier rule decided; rules: " + rules);
        }
        return decision;
    }
}
