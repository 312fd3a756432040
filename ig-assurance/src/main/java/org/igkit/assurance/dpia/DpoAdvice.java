package org.igkit.assurance.dpia;

import java.time.LocalDate;

import org.igkit.core.error.ValidationException;

/**
 * The DPO's advice on a DPIA (Art 35(2), 39(1)(c)) and whether the controller accepted it; if overruled, the
 * reasons must be given (ICO sample DPIA, step 7). Stored apart from the approvals: the law asks the DPO to advise,
 * the controller decides.
 *
 * @param advice     the advice
 * @param givenOn    when it was given
 * @param accepted   true when accepted, false when overruled
 * @param decidedBy  who accepted or overruled it
 * @param reasons    why it was overruled, required when not accepted
 */
public record DpoAdvice(String advice, LocalDate givenOn, boolean accepted, String decidedBy, String reasons) {
    public DpoAdvice {
        ValidationException.Collector problems = ValidationException.collector();
        problems.require(advice != null && !advice.isBlank(), "advice", "must not be blank", advice);
        problems.require(givenOn != null, "givenOn", "is required", null);
        problems.require(decidedBy != null && !decidedBy.isBlank(), "decidedBy", "must not be blank", decidedBy);
        problems.require(accepted || (reasons != null && !reasons.isBlank()), "reasons",
                "must explain why the DPO's advice was overruled (ICO DPIA step 7)", reasons);
        problems.throwIfAny();
    }

    /** Advice the controller accepted. */
    public static DpoAdvice accepted(String advice, LocalDate givenOn, String decidedBy) {
        return new DpoAdvice(advice, givenOn, true, decidedBy, null);
    }

    /** Advice the controller overruled, for {@code reasons}. */
    public static DpoAdvice overruled(String advice, LocalDate givenOn, String decidedBy, String reasons) {
        return new DpoAdvice(advice, givenOn, false, decidedBy, reasons);
    }
}
