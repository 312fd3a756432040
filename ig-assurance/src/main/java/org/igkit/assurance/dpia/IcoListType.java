package org.igkit.assurance.dpia;

/**
 * The ten types of processing on the ICO's Art 35(4) list (spec §1.2). {@link #needsAnotherCriterion()} is the
 * list's own qualifier ("+ another WP248 criterion"), applied only when screening reads the qualifiers; L7 and L8
 * are uncertain in the sources and follow the recollected reading (qualified).
 */
public enum IcoListType {
    /** L1 new technology or novel use (incl. AI). */
    INNOVATIVE_TECHNOLOGY("L1", true, Wp248Criterion.INNOVATIVE_USE),
    /** L2 access to a service or benefit decided by automated decisions or special category data. */
    DENIAL_OF_SERVICE("L2", false, null),
    /** L3 any large-scale profiling. */
    LARGE_SCALE_PROFILING("L3", false, null),
    /** L4 biometric data to uniquely identify a person. */
    BIOMETRIC("L4", true, Wp248Criterion.SENSITIVE_DATA),
    /** L5 genetic data (except an individual health professional giving direct care). */
    GENETIC("L5", true, Wp248Criterion.SENSITIVE_DATA),
    /** L6 combining, comparing or matching data from several sources. */
    DATA_MATCHING("L6", false, null),
    /** L7 invisible processing (data not from the subject, Art 14(5)(b) relied on). */
    INVISIBLE_PROCESSING("L7", true, null),
    /** L8 tracking geolocation or behaviour. */
    TRACKING("L8", true, Wp248Criterion.SYSTEMATIC_MONITORING),
    /** L9 targeting children or vulnerable people. */
    TARGETING_CHILDREN_OR_VULNERABLE("L9", false, null),
    /** L10 a breach could endanger health or safety. */
    RISK_OF_PHYSICAL_HARM("L10", false, null);

    private final String code;
    private final boolean needsAnotherCriterion;
    private final Wp248Criterion sameAs;

    IcoListType(String code, boolean needsAnotherCriterion, Wp248Criterion sameAs) {
        this.code = code;
        this.needsAnotherCriterion = needsAnotherCriterion;
        this.sameAs = sameAs;
    }

    /**
     * The WP248 criterion this type restates (L1 is C8, L4 and L5 are C4, L8 is C3), which cannot be its "other"
     * criterion; {@code null} when none.
     */
    public Wp248Criterion sameAs() {
        return sameAs;
    }

    /** "L1" to "L10". */
    public String code() {
        return code;
    }

    /** True when the ICO list counts this type only with another WP248 criterion. */
    public boolean needsAnotherCriterion() {
        return needsAnotherCriterion;
    }
}
