package org.igkit.assets;

import java.time.LocalDate;
import java.util.Optional;

/**
 * The data protection impact assessment that covers an asset (UK GDPR Art 35). The asset checks that the
 * reference and completion date are given ({@code dpia.reference}, {@code dpia.completedOn}).
 *
 * @param reference   the DPIA's reference or link
 * @param completedOn when it was completed (signed off)
 * @param reviewDueOn when it must be reviewed (Art 35(11)), or {@code null} when no date is set
 */
public record DpiaRecord(String reference, LocalDate completedOn, LocalDate reviewDueOn) {
    /** A DPIA completed on {@code completedOn}, with no review date set. */
    public static DpiaRecord of(String reference, LocalDate completedOn) {
        return new DpiaRecord(reference, completedOn, null);
    }

    /** A copy to be reviewed by {@code date}. */
    public DpiaRecord withReviewDueOn(LocalDate date) {
        return new DpiaRecord(reference, completedOn, date);
    }

    /** The review date, if set. */
    public Optional<LocalDate> findReviewDueOn() {
        return Optional.ofNullable(reviewDueOn);
    }

    /** True when a review date is set and falls on or before {@code date}. */
    public boolean isReviewDueOn(LocalDate date) {
        return reviewDueOn != null && !reviewDueOn.isAfter(date);
    }
}
