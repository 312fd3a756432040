package org.igkit.retention.review;

/** What a review decided. */
public enum ReviewOutcome {
    /** Keep for a further period from the review date ({@code extendBy}). */
    EXTEND,
    /** Keep until a date ({@code until}). */
    EXTEND_UNTIL,
    /** Dispose of it (by {@code nextAction}, or the entry's destruction action, or DESTROY). */
    DISPOSE,
    /** Transfer it to the archives. */
    TRANSFER_TO_ARCHIVES
}
