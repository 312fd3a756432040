package org.igkit.breach.severity;

/** ENISA's flags (s.3.3): they accompany the score and never change it. */
public enum EnisaFlag {
    /** "Number of individuals breached exceeds 100". */
    MORE_THAN_100_INDIVIDUALS,
    /** "Data unintelligible": e.g. strong encryption with no key compromise. */
    DATA_UNINTELLIGIBLE
}
