package org.igkit.breach.assessment;

import java.util.Optional;

import org.igkit.breach.facts.RiskTier;

/**
 * R4: a verified mitigation before the decision (a trusted recipient deleted the data, a device was wiped) lowers the
 * tier one step (ICO self-assessment outcome "the risk to the data subject has been mitigated"). An unverified measure
 * changes nothing, and NO_RISK cannot go lower.
 */
final class MitigationRule implements TierRule {
    @Override
    public RiskRule id() {
        return RiskRule.R4_MITIGATION;
    }

    @Override
    public Optional<Ruling> apply(TierInput input, TierDecision soFar) {
        if (!input.policy().mitigationLowersTier() || !soFar.hasTier() || soFar.tier() == RiskTier.NO_RISK
                || !input.facts().hasVerifiedMitigation()) {
            return Optional.empty();
        }
        RiskTier lowered = soFar.tier().oneStepLower();
        return Optional.of(Ruling.adjusts(id(), lowered, "R4: verified mitigation before the decision ("
                + Wording.verifiedMitigations(input.facts()) + ") lowers the tier one step, from " + soFar.tier()
                + " to " + lowered, id().source()));
    }
}
