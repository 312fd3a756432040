package org.igkit.breach.assessment;

import java.util.Objects;

import org.igkit.breach.facts.BreachFacts;
import org.igkit.breach.facts.BreachType;
import org.igkit.breach.facts.EnisaInput;
import org.igkit.breach.severity.EnisaSeverity;

/**
 * What every tier rule reads: the facts, their ENISA severity and the policy, with the readings several rules share.
 *
 * @param facts  the breach facts
 * @param enisa  their ENISA severity
 * @param policy the assessment policy
 */
record TierInput(BreachFacts facts, EnisaSeverity enisa, AssessmentPolicy policy) {
    TierInput {
        Objects.requireNonNull(facts, "facts");
        Objects.requireNonNull(enisa, "enisa");
        Objects.requireNonNull(policy, "policy");
    }

    /** The data was protected so that nobody who obtained it can read it (Art 34(3)(a)). */
    boolean unintelligible() {
        return facts.protection().isUnintelligible();
    }

    /** A confidentiality breach whose data left, or may have left, the controller's control. */
    boolean exfiltrated() {
        return facts.is(BreachType.CONFIDENTIALITY) && facts.exfiltration().isPossible();
    }

    /** ENISA confidentiality 0.5: disclosed to an unknown number of recipients (Annex 3). */
    boolean toUnknownRecipients() {
        return facts.enisa().confidentiality().equals(EnisaInput.MAX_ELEMENT);
    }
}
