package org.igkit.assurance.attestation;

/** How a member of staff attested. */
public enum AttestationMethod {
    /** Signed in at the start of the academic year (S0 §4). */
    START_OF_YEAR_SIGN_IN,
    /** Acknowledged electronically, e.g. in a policy portal. */
    ELECTRONIC,
    /** Signed on paper. */
    PAPER,
    /** Confirmed at a briefing or induction. */
    BRIEFING
}
