package org.igkit.assurance.dspt;

/** The CAF achievement levels, used for NDG standards too (an NDG standard is met or not: ACHIEVED or NOT_ACHIEVED). */
public enum OutcomeStatus {
    /** Not achieved. */
    NOT_ACHIEVED,
    /** Partially achieved. */
    PARTIALLY_ACHIEVED,
    /** Achieved. */
    ACHIEVED;

    /** True when this status reaches {@code profile}. */
    public boolean reaches(OutcomeStatus profile) {
        return compareTo(profile) >= 0;
    }
}
