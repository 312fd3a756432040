package org.igkit.breach.assessment;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.igkit.breach.facts.BreachFacts;
import org.igkit.breach.facts.DataCategory;
import org.igkit.breach.facts.EffectOnIndividuals;
import org.igkit.breach.facts.RiskTier;
import org.igkit.breach.severity.EnisaBand;
import org.igkit.breach.severity.EnisaFlag;
import org.igkit.core.explain.Citation;

/**
 * R3 (our choice, spec breach.md §8.2): the ENISA band gives the tier. MEDIUM is RISK (the UODO decision: Medium must
 * not mean "do not notify"), HIGH and VERY_HIGH are HIGH_RISK, and LOW is NO_RISK unless a notify trigger lifts it to
 * RISK: more than 100 people with disclosure to unknown recipients, financial data scored 3 or more, identity data
 * usable for fraud, or (policy {@code effectTriggersRisk}, EDPB 01/2021 Case 02) an effect on individuals.
 */
final class EnisaBandRule implements TierRule {
    private static final int MANY_INDIVIDUALS = 100;

    @Override
    public RiskRule id() {
        return RiskRule.R3_ENISA_BAND;
    }

    @Override
    public Optional<Ruling> apply(TierInput input, TierDecision soFar) {
        return soFar.hasTier() ? Optional.empty() : Optional.of(onBand(input));
    }

    /** The tier of the band alone, as R3 and R2 (for its floor) use it. */
    Ruling onBand(TierInput input) {
        EnisaBand band = input.enisa().band();
        Citation r3 = id().source();
        if (band == EnisaBand.MEDIUM) {
            return Ruling.sets(id(), RiskTier.RISK,
                    "R3: ENISA band MEDIUM gives RISK (ENISA Medium must not mean 'do not notify')", r3);
        }
        if (band == EnisaBand.HIGH || band == EnisaBand.VERY_HIGH) {
            return Ruling.sets(id(), RiskTier.HIGH_RISK, "R3: ENISA band " + band + " gives HIGH_RISK", r3);
        }
        List<String> triggers = lowBandTriggers(input);
        if (triggers.isEmpty()) {
            return Ruling.sets(id(), RiskTier.NO_RISK, "R3: ENISA band LOW and no notify trigger: NO_RISK", r3);
        }
        return Ruling.sets(id(), RiskTier.RISK, "R3: ENISA band LOW, but " + String.join("; ", triggers) + ": RISK",
                r3);
    }

    private static List<String> lowBandTriggers(TierInput input) {
        BreachFacts facts = input.facts();
        List<String> triggers = new ArrayList<>();
        if (input.enisa().has(EnisaFlag.MORE_THAN_100_INDIVIDUALS) && input.toUnknownRecipients()) {
            triggers.add("more than " + MANY_INDIVIDUALS + " people with disclosure to unknown recipients");
        }
        if (facts.enisa().hasCategoryScoredAtLeast(DataCategory.FINANCIAL, 3)) {
            triggers.add("financial data scored 3 or more");
        }
        if (facts.identityFraudData()) {
            triggers.add("identity data usable for fraud");
        }
        if (input.policy().effectTriggersRisk() && facts.effectOnIndividuals() != EffectOnIndividuals.NONE) {
            triggers.add("an effect on individuals (" + facts.effectOnIndividuals() + ")");
        }
        return triggers;
    }
}
