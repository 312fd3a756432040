package org.igkit.assurance.dpia;

/** The nine WP248 rev.01 criteria (spec §1.3). */
public enum Wp248Criterion {
    /** C1 evaluation or scoring. */
    EVALUATION_OR_SCORING("C1"),
    /** C2 automated decisions with legal or similar effect. */
    AUTOMATED_DECISIONS("C2"),
    /** C3 systematic monitoring. */
    SYSTEMATIC_MONITORING("C3"),
    /** C4 sensitive or highly personal data. */
    SENSITIVE_DATA("C4"),
    /** C5 large scale. */
    LARGE_SCALE("C5"),
    /** C6 matching or combining datasets. */
    MATCHING_DATASETS("C6"),
    /** C7 vulnerable data subjects (children, patients, employees). */
    VULNERABLE_SUBJECTS("C7"),
    /** C8 innovative use or new technological or organisational solutions. */
    INNOVATIVE_USE("C8"),
    /** C9 processing that prevents exercising a right or using a service or contract. */
    PREVENTS_RIGHT_OR_SERVICE("C9");

    private final String code;

    Wp248Criterion(String code) {
        this.code = code;
    }

    /** "C1" to "C9". */
    public String code() {
        return code;
    }
}
