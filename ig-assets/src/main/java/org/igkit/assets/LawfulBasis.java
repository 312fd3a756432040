package org.igkit.assets;

import org.igkit.core.explain.Citation;

/** The lawful bases for processing personal data, UK GDPR Art 6(1)(a) to (f). */
public enum LawfulBasis {
    /** The data subject has given consent, Art 6(1)(a). */
    CONSENT("a", "consent"),
    /** Necessary for a contract with the data subject, Art 6(1)(b). */
    CONTRACT("b", "contract"),
    /** Necessary for a legal obligation of the controller, Art 6(1)(c). */
    LEGAL_OBLIGATION("c", "legal obligation"),
    /** Necessary to protect someone's vital interests, Art 6(1)(d). */
    VITAL_INTERESTS("d", "vital interests"),
    /** Necessary for a task in the public interest or in official authority, Art 6(1)(e). */
    PUBLIC_TASK("e", "public task"),
    /** Necessary for legitimate interests (not for public authorities' tasks), Art 6(1)(f). */
    LEGITIMATE_INTERESTS("f", "legitimate interests");

    private final String point;
    private final String label;

    LawfulBasis(String point, String label) {
        this.point = point;
        this.label = label;
    }

    /** "Art 6(1)(e)". */
    public String provision() {
        return "Art 6(1)(" + point + ")";
    }

    /** The basis in words, e.g. "public task". */
    public String label() {
        return label;
    }

    /** The UK GDPR provision of this basis. */
    public Citation citation() {
        return Citation.of(AssetCitations.UK_GDPR, provision());
    }

    /** "public task (Art 6(1)(e))". */
    @Override
    public String toString() {
        return label + " (" + provision() + ")";
    }
}
