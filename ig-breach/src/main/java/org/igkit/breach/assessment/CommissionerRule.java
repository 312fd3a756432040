package org.igkit.breach.assessment;

import java.util.List;
import java.util.Optional;

import org.igkit.breach.facts.BreachFacts;
import org.igkit.breach.facts.Regime;
import org.igkit.breach.facts.RiskTier;
import org.igkit.breach.severity.DsptGrading;
import org.igkit.core.explain.Citation;
import org.igkit.core.explain.Explanation;

/**
 * Whether the regulator must be notified of the personal data breach, and under which regime: the first that applies
 * of PECR (its duty replaces UK GDPR's for a provider, and covers every breach), UK GDPR, DPA 2018 Part 3 and the NHS
 * DSPT. Notify when the final tier is a risk, or under NHS_DSPT when a reportable grid cell makes it so and the
 * policy lets the stricter win.
 */
final class CommissionerRule {
    /**
     * One regime that can govern the decision, in precedence order.
     *
     * @param regime      the regime
     * @param citation    the provision of its duty
     * @param everyBreach true when the regime's duty covers every breach whatever the risk
     */
    private record Governing(Regime regime, Citation citation, boolean everyBreach) {
    }

    private static final List<Governing> PRECEDENCE = List.of(
            new Governing(Regime.PECR, Sources.PECR_5A, true),
            new Governing(Regime.UK_GDPR, Sources.ART_33_1, false),
            new Governing(Regime.DPA_PART3, Sources.DPA_S67, false),
            new Governing(Regime.NHS_DSPT, Sources.ART_33_1, false));

    private final AssessmentPolicy policy;

    CommissionerRule(AssessmentPolicy policy) {
        this.policy = policy;
    }

    CommissionerDecision decide(BreachFacts facts, RiskTier tier, DsptGrading dspt,
            List<NotificationDeadline> deadlines, Explanation.Builder why) {
        Optional<Governing> found = PRECEDENCE.stream().filter(g -> facts.isUnder(g.regime())).findFirst();
        if (found.isEmpty()) {
            why.step("No personal-data regime (UK GDPR, DPA 2018 Part 3, PECR, NHS DSPT) applies: no duty to notify "
                    + "the " + policy.regulatorName() + " of a personal data breach", Sources.MODEL);
            return new CommissionerDecision(false, null, policy.regulatorName(), null);
        }
        Governing governing = found.get();
        NotificationDeadline deadline = deadlines.stream().filter(d -> d.regime() == governing.regime()).findFirst()
                .orElseThrow();
        boolean byTier = tier != RiskTier.NO_RISK;
        boolean byDspt = dspt != null && dspt.reportable() && policy.nhsStricterWins();
        boolean required = governing.everyBreach() || byTier || byDspt;
        String reason;
        if (governing.everyBreach()) {
            reason = "a communications provider notifies every personal data breach under PECR";
        } else if (byTier) {
            reason = "the risk tier is " + tier;
        } else if (byDspt) {
            reason = "the tier is NO_RISK but the DSPT grid makes it reportable, and for NHS bodies the stricter wins";
        } else {
            reason = "the breach is unlikely to result in a risk; record the reason for not notifying";
        }
        why.step((required ? "Notify the " : "No need to notify the ") + policy.regulatorName() + " ("
                + governing.regime() + "): " + reason + (required ? "; by "
                + Wording.show(deadline.toInstant(), policy.displayZone()) + ", without undue delay" : ""),
                governing.citation());
        return new CommissionerDecision(required, governing.regime(), policy.regulatorName(), deadline.deadline());
    }
}
