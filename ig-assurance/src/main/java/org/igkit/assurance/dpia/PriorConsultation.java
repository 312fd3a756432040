package org.igkit.assurance.dpia;

import java.time.LocalDate;
import java.util.Optional;

import org.igkit.core.error.ValidationException;

/**
 * A prior consultation with the Commissioner under UK GDPR Art 36: advice is due within 8 weeks of receipt; an
 * extension by 6 weeks must be notified within one month of receipt.
 *
 * @param receivedOn        the day the Commissioner received the request
 * @param adviceReceivedOn  the day the advice arrived, or {@code null}
 * @param decisionAfterLapse a decision a human recorded after the period lapsed without advice, or {@code null}
 */
public record PriorConsultation(LocalDate receivedOn, LocalDate adviceReceivedOn, String decisionAfterLapse) {
    public PriorConsultation {
        if (receivedOn == null) {
            throw new ValidationException("receivedOn", "is required", null);
        }
        if (adviceReceivedOn != null && adviceReceivedOn.isBefore(receivedOn)) {
            throw new ValidationException("adviceReceivedOn", "must be on or after receivedOn (" + receivedOn + ")",
                    adviceReceivedOn);
        }
        decisionAfterLapse = decisionAfterLapse == null || decisionAfterLapse.isBlank() ? null : decisionAfterLapse;
    }

    /** A consultation the Commissioner received on {@code receivedOn}. */
    public static PriorConsultation receivedOn(LocalDate receivedOn) {
        return new PriorConsultation(receivedOn, null, null);
    }

    /** Receipt plus 8 weeks (Art 36(2)). */
    public LocalDate adviceDueOn() {
        return receivedOn.plusWeeks(8);
    }

    /** Receipt plus one month: the last day to be told of an extension (Art 36(2)). */
    public LocalDate extensionNoticeDueOn() {
        return receivedOn.plusMonths(1);
    }

    /** The advice due date plus 6 weeks (Art 36(2)). */
    public LocalDate extendedAdviceDueOn() {
        return adviceDueOn().plusWeeks(6);
    }

    /** A copy with the advice received. */
    public PriorConsultation withAdviceReceivedOn(LocalDate on) {
        return new PriorConsultation(receivedOn, on, decisionAfterLapse);
    }

    /** A copy with a decision recorded after the period lapsed. */
    public PriorConsultation withDecisionAfterLapse(String decision) {
        return new PriorConsultation(receivedOn, adviceReceivedOn, decision);
    }

    /** True when advice arrived, or a decision was recorded after the period lapsed. */
    public boolean isConcluded() {
        return adviceReceivedOn != null || decisionAfterLapse != null;
    }

    /**
     * True when an approval on {@code on} may go ahead: the advice arrived on or before it, or a decision was
     * recorded and {@code on} is after the advice was due (the period lapsed without advice; spec §1.5 step 4).
     */
    public boolean allowsApprovalOn(LocalDate on) {
        return (adviceReceivedOn != null && !adviceReceivedOn.isAfter(on))
                || (decisionAfterLapse != null && on.isAfter(adviceDueOn()));
    }

    /** The day the advice arrived, if it has. */
    public Optional<LocalDate> findAdviceReceivedOn() {
        return Optional.ofNullable(adviceReceivedOn);
    }
}
