package org.igkit.breach.assessment;

import java.util.Optional;

import org.igkit.breach.facts.BreachFacts;
import org.igkit.breach.facts.BreachType;
import org.igkit.breach.facts.EffectOnIndividuals;
import org.igkit.breach.facts.RiskTier;

/**
 * R1: an availability-only breach restored from backup within the policy's quick-restoration hours, with no effect on
 * people, is unlikely to result in a risk (EDPB 01/2021 Case 01).
 */
final class TrivialAvailabilityRule implements TierRule {
    @Override
    public RiskRule id() {
        return RiskRule.R1_TRIVIAL_AVAILABILITY;
    }

    @Override
    public Optional<Ruling> apply(TierInput input, TierDecision soFar) {
        BreachFacts facts = input.facts();
        int quick = input.policy().quickRestorationHours();
        if (soFar.hasTier() || !facts.isOnly(BreachType.AVAILABILITY) || !facts.backupAvailable()
                || facts.restorationHours() == null || facts.restorationHours() > quick
                || facts.effectOnIndividuals() != EffectOnIndividuals.NONE) {
            return Optional.empty();
        }
        return Optional.of(Ruling.settles(id(), RiskTier.NO_RISK, "R1: availability only, restored from backup in "
                + facts.restorationHours() + " hour(s) (at most " + quick + ") with no effect on people: NO_RISK",
                id().source()));
    }
}
