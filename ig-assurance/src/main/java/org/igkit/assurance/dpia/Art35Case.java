package org.igkit.assurance.dpia;

/** The three cases UK GDPR Art 35(3) names where a DPIA is required "in particular". */
public enum Art35Case {
    /** (a) systematic and extensive automated evaluation, incl. profiling, with legal or similarly significant effects. */
    AUTOMATED_EVALUATION("Art 35(3)(a)"),
    /** (b) large-scale processing of Art 9(1) special category or Art 10 criminal offence data. */
    LARGE_SCALE_SPECIAL_CATEGORY("Art 35(3)(b)"),
    /** (c) systematic monitoring of a publicly accessible area on a large scale. */
    PUBLIC_MONITORING("Art 35(3)(c)");

    private final String provision;

    Art35Case(String provision) {
        this.provision = provision;
    }

    /** The provision, e.g. "Art 35(3)(c)". */
    public String provision() {
        return provision;
    }
}
