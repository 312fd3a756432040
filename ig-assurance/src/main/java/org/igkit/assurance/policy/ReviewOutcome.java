package org.igkit.assurance.policy;

/** What a policy review decided. */
public enum ReviewOutcome {
    /** Reviewed and left as it was (a new version row is still written). */
    NO_CHANGE,
    /** Small corrections. */
    MINOR,
    /** A substantive change; staff usually attest again. */
    MAJOR
}
