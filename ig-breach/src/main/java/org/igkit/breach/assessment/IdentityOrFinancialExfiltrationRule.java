package org.igkit.breach.assessment;

import java.util.Optional;

import org.igkit.breach.facts.BreachFacts;
import org.igkit.breach.facts.DataCategory;
import org.igkit.breach.facts.RiskTier;

/**
 * R2E (our addition, from the EDPB's conclusions in 01/2021 Cases 04, 05, 07, 11 and 14): identity data usable for
 * fraud, or full financial data (financial DPC 4), that was or may have been exfiltrated, and is not unintelligible,
 * is HIGH_RISK even when its ENISA score is LOW.
 */
final class IdentityOrFinancialExfiltrationRule implements TierRule {
    @Override
    public RiskRule id() {
        return RiskRule.R2E_IDENTITY_OR_FINANCIAL_EXFILTRATION;
    }

    @Override
    public Optional<Ruling> apply(TierInput input, TierDecision soFar) {
        BreachFacts facts = input.facts();
        boolean financial = facts.enisa().hasCategoryScoredAtLeast(DataCategory.FINANCIAL, 4);
        if (soFar.hasTier() || !input.policy().identityExfiltrationRule() || !input.exfiltrated()
                || input.unintelligible() || !(facts.identityFraudData() || financial)) {
            return Optional.empty();
        }
        String data = facts.identityFraudData() ? "identity data usable for fraud" : "full financial data";
        return Optional.of(Ruling.sets(id(), RiskTier.HIGH_RISK, "R2E: " + data + " with exfiltration "
                + facts.exfiltration() + ": HIGH_RISK", id().source()));
    }
}
