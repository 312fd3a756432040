package org.igkit.assurance.dpia;

/**
 * The outcome of the screening rule (spec §1.5), each with the plain answer: is a DPIA required?
 * {@code LIKELY_REQUIRED} counts as required (WP248: two criteria "would require a DPIA"; overriding needs reasons and
 * DPO advice), {@code CONSIDER} as recommended.
 */
public enum ScreeningOutcome {
    /** An Art 35(3) case applies. */
    REQUIRED_LAW(Requirement.REQUIRED),
    /** A type on the ICO's Art 35(4) list applies. */
    REQUIRED_ICO(Requirement.REQUIRED),
    /** Two or more WP248 criteria apply. */
    LIKELY_REQUIRED(Requirement.REQUIRED),
    /** One WP248 criterion applies: record the decision and the DPO's advice. */
    CONSIDER(Requirement.RECOMMENDED),
    /** None applies: the screening is kept as the record of that. */
    NOT_REQUIRED(Requirement.NOT_REQUIRED);

    /** The plain answer. */
    public enum Requirement {
        /** A DPIA must be done before the processing starts. */
        REQUIRED,
        /** A DPIA is good practice; the decision not to do one is recorded. */
        RECOMMENDED,
        /** No DPIA is needed; the screening is the record. */
        NOT_REQUIRED
    }

    private final Requirement requirement;

    ScreeningOutcome(Requirement requirement) {
        this.requirement = requirement;
    }

    /** Whether a DPIA is required, recommended or not required. */
    public Requirement requirement() {
        return requirement;
    }
}
