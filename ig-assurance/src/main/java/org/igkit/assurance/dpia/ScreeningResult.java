package org.igkit.assurance.dpia;

import java.util.Objects;

import org.igkit.core.explain.Explanation;

/**
 * A screening's answer, with every criterion it applied.
 *
 * @param outcome                   the outcome of the rule
 * @param priorConsultationRequired true when high risk remains and the Commissioner must be consulted (Art 36(1))
 * @param explanation               the steps, each citing the criterion applied
 */
public record ScreeningResult(ScreeningOutcome outcome, boolean priorConsultationRequired, Explanation explanation) {
    public ScreeningResult {
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(explanation, "explanation");
    }

    /** Required, recommended or not required. */
    public ScreeningOutcome.Requirement requirement() {
        return outcome.requirement();
    }
}
