package org.igkit.assurance.dspt;

/** The published DSPT statuses (DSPT, Improvement plans 2024-25). What "Exceeded" requires is not known: stored as given. */
public enum DsptStatus {
    /** A shortfall, published with an improvement plan. */
    STANDARDS_NOT_MET,
    /** The improvement plan was approved. */
    APPROACHING_STANDARDS,
    /** Every outcome at the profile level. */
    STANDARDS_MET,
    /** Stored verbatim when given; never computed. */
    STANDARDS_EXCEEDED
}
