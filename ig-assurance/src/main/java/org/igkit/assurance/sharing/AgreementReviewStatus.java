package org.igkit.assurance.sharing;

import java.time.LocalDate;
import java.util.Objects;

import org.igkit.core.explain.Explanation;

/**
 * An agreement's review on a day.
 *
 * @param agreementId       the agreement
 * @param dueOn             when its review is due
 * @param state             not due, due, overdue, or expired (past its end date without renewal)
 * @param amendmentRequired true when a change (basis, purpose, data items, parties) needs the agreement amended
 * @param explanation       how it was worked out
 */
public record AgreementReviewStatus(String agreementId, LocalDate dueOn, State state, boolean amendmentRequired,
        Explanation explanation) {
    /** Where the review stands. */
    public enum State {
        /** The due date is later. */
        NOT_DUE,
        /** Due today. */
        DUE,
        /** The due date has passed. */
        OVERDUE,
        /** The end date has passed and the agreement was not renewed. */
        EXPIRED
    }

    public AgreementReviewStatus {
        Objects.requireNonNull(agreementId, "agreementId");
        Objects.requireNonNull(dueOn, "dueOn");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(explanation, "explanation");
    }
}
