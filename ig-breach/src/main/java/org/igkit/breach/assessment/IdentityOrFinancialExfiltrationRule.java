package org.igkit.breach.assessment;

import java.util.Optional;

import org.igkit.breach.facts.BreachFacts;
import org.igkit.breach.facts.DataCategory;
import org.igkit.breach.facts.KnownRecipients;
import org.igkit.breach.facts.RiskTier;

/**
 * R2E (our addition, from the EDPB's conclusions in 01/2021 Cases 04, 05, 07, 11 and 14): identity data usable for
 * fraud, or full financial data (financial DPC 4), that was or may have been exfiltrated, and is not unintelligible,
 * is HIGH_RISK even when its ENISA score is LOW.
 *
 * <p>It stands aside when the disclosure is contained: the data went only to a few identified recipients (at most
 * {@link AssessmentPolicy#fewRecipients()}) who can be asked to delete or return it, without malicious intent, and the
 * policy's {@link AssessmentPolicy#fewRecipientsContain()} is on. A letter in the wrong envelope is not data loose on
 * the internet: EDPB 01/2021 Case 16 (one policy letter with a date of birth to one other customer) is "notify the SA,
 * not the data subject", and Case 13 (packing bills swapped between two customers) is not high risk either. The tier
 * then follows the ENISA band (R3), whose LOW band still makes identity data RISK. A recipient who took the data on
 * purpose is not one who will give it back, so malicious intent keeps the rule.
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
        Optional<KnownRecipients> contained = containedTo(input);
        if (contained.isPresent()) {
            int count = contained.get().count();
            return Optional.of(Ruling.standsAside("R2E does not apply: the " + data + " went only to " + count
                    + " identified recipient(s) (at most " + input.policy().fewRecipients() + " count as a few) who "
                    + "can be asked to delete it, without malicious intent: a contained disclosure, so the ENISA band "
                    + "decides", id().source(), Sources.EDPB_012021_CONTAINED));
        }
        return Optional.of(Ruling.sets(id(), RiskTier.HIGH_RISK, "R2E: " + data + " with exfiltration "
                + facts.exfiltration() + ": HIGH_RISK", id().source()));
    }

    /** The known recipients, when they make the disclosure contained under the policy. */
    private static Optional<KnownRecipients> containedTo(TierInput input) {
        AssessmentPolicy policy = input.policy();
        if (!policy.fewRecipientsContain() || input.facts().enisa().malicious()) {
            return Optional.empty();
        }
        return input.facts().findKnownRecipients().filter(r -> r.isAtMost(policy.fewRecipients()));
    }
}
