package org.igkit.breach.facts;

/** The kind of loss (WP250 §I.B.2); a breach can be any combination. */
public enum BreachType {
    /** Unauthorised or accidental disclosure of, or access to, personal data. */
    CONFIDENTIALITY,
    /** Unauthorised or accidental alteration of personal data. */
    INTEGRITY,
    /** Accidental or unauthorised loss of access to, or destruction of, personal data. */
    AVAILABILITY
}
