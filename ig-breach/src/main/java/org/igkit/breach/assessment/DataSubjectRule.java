package org.igkit.breach.assessment;

import org.igkit.breach.facts.BreachFacts;
import org.igkit.breach.facts.Regime;
import org.igkit.breach.facts.RiskTier;
import org.igkit.core.explain.Citation;
import org.igkit.core.explain.Explanation;

/**
 * Whether the people affected must be told (UK GDPR Art 34, DPA 2018 s.68): when the Commissioner requires it
 * (Art 34(4)); otherwise only at high risk (including a high risk that R4 lowered, which is the Art 34(3)(b) case),
 * and then unless an Art 34(3) condition holds, in the order (a) unintelligible, (b) subsequent measures,
 * (c) disproportionate effort (a public communication instead).
 */
final class DataSubjectRule {
    private final AssessmentPolicy policy;

    DataSubjectRule(AssessmentPolicy policy) {
        this.policy = policy;
    }

    DataSubjectDuty decide(BreachFacts facts, RiskTier finalTier, TierDecision computed, Explanation.Builder why) {
        Citation basis = facts.isUnder(Regime.DPA_PART3) && !facts.isUnder(Regime.UK_GDPR) ? Sources.DPA_S68
                : Sources.ART_34_1;
        if (facts.commissionerRequiresCommunication()) {
            why.step("The " + policy.regulatorName() + " has required communication to the data subjects: REQUIRED",
                    Sources.ART_34_4);
            return DataSubjectDuty.REQUIRED;
        }
        boolean loweredFromHigh = facts.override() == null && finalTier != RiskTier.HIGH_RISK
                && computed.base() == RiskTier.HIGH_RISK;
        if (finalTier != RiskTier.HIGH_RISK && !loweredFromHigh) {
            why.step("The risk is not high: no duty to tell the data subjects (they may be told voluntarily)", basis);
            return DataSubjectDuty.NOT_REQUIRED;
        }
        if (facts.protection().isUnintelligible()) {
            why.step("High risk, but the data was " + facts.protection() + " and unintelligible to anyone not "
                    + "authorised: communication not required", Sources.ART_34_3_A);
            return DataSubjectDuty.EXEMPT_34_3_A;
        }
        if (facts.hasVerifiedMitigation()) {
            why.step("High risk, but subsequent measures (" + Wording.verifiedMitigations(facts) + ") ensure it is no "
                    + "longer likely to materialise: communication not required", Sources.ART_34_3_B);
            return DataSubjectDuty.EXEMPT_34_3_B;
        }
        if (facts.disproportionateEffort()) {
            why.step("High risk, and contacting each person would involve disproportionate effort: make a public "
                    + "communication that informs them equally effectively", Sources.ART_34_3_C);
            return DataSubjectDuty.PUBLIC_COMMUNICATION_34_3_C;
        }
        why.step("High risk: tell the data subjects without undue delay, in clear and plain language", basis);
        return DataSubjectDuty.REQUIRED;
    }
}
