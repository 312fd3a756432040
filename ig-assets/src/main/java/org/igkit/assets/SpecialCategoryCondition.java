package org.igkit.assets;

import org.igkit.core.explain.Citation;

/**
 * The conditions for processing special category data, UK GDPR Art 9(2)(a) to (j). Conditions (b), (g), (h),
 * (i) and (j) also need a condition of DPA 2018 Schedule 1 Part 1 or 2 (DPA 2018 s.10); record it in the asset's
 * description or policy document (it is not checked here).
 */
public enum SpecialCategoryCondition {
    /** Explicit consent, Art 9(2)(a). */
    EXPLICIT_CONSENT("a", "explicit consent"),
    /** Employment, social security and social protection law, Art 9(2)(b). */
    EMPLOYMENT_SOCIAL_SECURITY("b", "employment, social security and social protection"),
    /** Vital interests where consent cannot be given, Art 9(2)(c). */
    VITAL_INTERESTS("c", "vital interests"),
    /** Not-for-profit bodies, about members, Art 9(2)(d). */
    NOT_FOR_PROFIT_BODIES("d", "not-for-profit bodies"),
    /** Made manifestly public by the data subject, Art 9(2)(e). */
    MADE_PUBLIC_BY_DATA_SUBJECT("e", "made public by the data subject"),
    /** Legal claims or judicial acts, Art 9(2)(f). */
    LEGAL_CLAIMS("f", "legal claims or judicial acts"),
    /** Reasons of substantial public interest, Art 9(2)(g). */
    SUBSTANTIAL_PUBLIC_INTEREST("g", "substantial public interest"),
    /** Health or social care, Art 9(2)(h). */
    HEALTH_OR_SOCIAL_CARE("h", "health or social care"),
    /** Public health, Art 9(2)(i). */
    PUBLIC_HEALTH("i", "public health"),
    /** Archiving, research and statistics, Art 9(2)(j). */
    ARCHIVING_RESEARCH_STATISTICS("j", "archiving, research and statistics");

    private final String point;
    private final String label;

    SpecialCategoryCondition(String point, String label) {
        this.point = point;
        this.label = label;
    }

    /** "Art 9(2)(h)". */
    public String provision() {
        return "Art 9(2)(" + point + ")";
    }

    /** The condition in words. */
    public String label() {
        return label;
    }

    /** The UK GDPR provision of this condition. */
    public Citation citation() {
        return Citation.of(AssetCitations.UK_GDPR, provision());
    }

    /** "health or social care (Art 9(2)(h))". */
    @Override
    public String toString() {
        return label + " (" + provision() + ")";
    }
}
