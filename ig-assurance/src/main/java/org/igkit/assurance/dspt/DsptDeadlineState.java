package org.igkit.assurance.dspt;

/** Where an assessment stands against its publication deadline. */
public enum DsptDeadlineState {
    /** Unpublished, the deadline later. */
    DUE_LATER,
    /** Unpublished, the deadline today. */
    DUE_TODAY,
    /** Unpublished after the deadline. */
    OVERDUE,
    /** Published. */
    PUBLISHED
}
