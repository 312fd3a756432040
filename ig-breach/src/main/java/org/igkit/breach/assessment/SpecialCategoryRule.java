package org.igkit.breach.assessment;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.igkit.breach.facts.BreachFacts;
import org.igkit.breach.facts.EffectOnIndividuals;
import org.igkit.breach.facts.RiskTier;
import org.igkit.core.explain.Explanation;

/**
 * R2: special-category or criminal-offence data that is not unintelligible is at least RISK (EDPB 9/2022 para 102),
 * and HIGH_RISK with exfiltration, disclosure to unknown recipients, vulnerable people or an effect on care (EDPB
 * 01/2021 Cases 03 and 12). Without an aggravating factor the ENISA band (R3) can still raise it above the floor.
 */
final class SpecialCategoryRule implements TierRule {
    private final EnisaBandRule band;

    SpecialCategoryRule(EnisaBandRule band) {
        this.band = band;
    }

    @Override
    public RiskRule id() {
        return RiskRule.R2_SPECIAL_CATEGORY;
    }

    @Override
    public Optional<Ruling> apply(TierInput input, TierDecision soFar) {
        BreachFacts facts = input.facts();
        if (soFar.hasTier() || !facts.specialCategories() || input.unintelligible()) {
            return Optional.empty();
        }
        List<String> aggravating = aggravating(input);
        if (!aggravating.isEmpty()) {
            return Optional.of(Ruling.sets(id(), RiskTier.HIGH_RISK, "R2: special-category or criminal data with "
                    + String.join(", ", aggravating) + ": damage should be considered likely and severe: HIGH_RISK",
                    id().source(), Sources.EDPB_012021.withNote("Cases 03 and 12")));
        }
        Ruling byBand = band.onBand(input);
        RiskTier tier = byBand.tier().atLeast(RiskTier.RISK);
        Explanation steps = byBand.explanation().plus(Explanation.builder().step("R2: special-category or criminal "
                + "data: at least RISK; with the ENISA band, " + tier, id().source()).build());
        return Optional.of(new Ruling(Ruling.Effect.SETS, tier, List.of(id(), band.id()), steps));
    }

    private static List<String> aggravating(TierInput input) {
        BreachFacts facts = input.facts();
        List<String> found = new ArrayList<>();
        if (input.exfiltrated()) {
            found.add("exfiltration " + facts.exfiltration());
        }
        if (input.toUnknownRecipients()) {
            found.add("disclosure to unknown recipients");
        }
        if (facts.vulnerableSubjects()) {
            found.add("vulnerable people affected");
        }
        if (facts.effectOnIndividuals() == EffectOnIndividuals.HEALTH_OR_CARE) {
            found.add("health or care affected");
        }
        return found;
    }
}
