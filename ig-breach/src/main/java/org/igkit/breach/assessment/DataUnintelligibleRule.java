package org.igkit.breach.assessment;

import java.util.Optional;

import org.igkit.breach.facts.BreachFacts;
import org.igkit.breach.facts.BreachType;
import org.igkit.breach.facts.RiskTier;

/**
 * R0: a confidentiality breach of data nobody can read (state-of-the-art encryption with the key safe, strong salted
 * hashing), with no integrity loss and availability recoverable without difficulty, is unlikely to result in a risk.
 */
final class DataUnintelligibleRule implements TierRule {
    @Override
    public RiskRule id() {
        return RiskRule.R0_DATA_UNINTELLIGIBLE;
    }

    @Override
    public Optional<Ruling> apply(TierInput input, TierDecision soFar) {
        BreachFacts facts = input.facts();
        // ENISA availability 0 is "recoverable without any difficulty"; anything more is a loss R0 cannot excuse.
        boolean availabilityRecoverable = !facts.is(BreachType.AVAILABILITY)
                || facts.enisa().availability().quarters() == 0;
        if (soFar.hasTier() || !facts.is(BreachType.CONFIDENTIALITY) || !input.unintelligible()
                || facts.is(BreachType.INTEGRITY) || !availabilityRecoverable) {
            return Optional.empty();
        }
        return Optional.of(Ruling.settles(id(), RiskTier.NO_RISK, "R0: the data was " + facts.protection()
                + ", so unintelligible to anyone who obtained it; no integrity loss and availability recoverable: "
                + "unlikely to result in a risk (NO_RISK)", id().source()));
    }
}
