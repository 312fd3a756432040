package org.igkit.assets;

import org.igkit.core.explain.Citation;

/** The instruments and guidance the register's rules apply, cited by the checks and views. */
final class AssetCitations {
    static final String UK_GDPR = "UK GDPR";
    static final String DPA_2018 = "Data Protection Act 2018";
    static final String ICO_DOCUMENTATION_URL = "https://ico.org.uk/for-organisations/uk-gdpr-guidance-and-resources/"
            + "accountability-and-governance/documentation/";
    static final String ICO_DATA_SHARING_URL = "https://ico.org.uk/for-organisations/uk-gdpr-guidance-and-resources/"
            + "data-sharing/data-sharing-a-code-of-practice/";

    static final Citation ART_5_1_E = Citation.of(UK_GDPR, "Art 5(1)(e)");
    static final Citation ART_6_1 = Citation.of(UK_GDPR, "Art 6(1)");
    static final Citation ART_7_1 = Citation.of(UK_GDPR, "Art 7(1)");
    static final Citation ART_9_2 = Citation.of(UK_GDPR, "Art 9(2)");
    static final Citation ART_10 = Citation.of(UK_GDPR, "Art 10").withNote("with DPA 2018 s.10(5) and Schedule 1");
    static final Citation ART_30_1 = Citation.of(UK_GDPR, "Art 30(1)").withUrl(ICO_DOCUMENTATION_URL);
    static final Citation ART_30_1_C = Citation.of(UK_GDPR, "Art 30(1)(c)");
    static final Citation ART_30_1_F = Citation.of(UK_GDPR, "Art 30(1)(f)");
    static final Citation ART_30_2 = Citation.of(UK_GDPR, "Art 30(2)").withUrl(ICO_DOCUMENTATION_URL);
    static final Citation ART_35_11 = Citation.of(UK_GDPR, "Art 35(11)");
    static final Citation ART_44 = Citation.of(UK_GDPR, "Art 44");
    static final Citation SHARING_CODE = Citation.of("ICO Data sharing code of practice",
            "Data sharing agreements").withUrl(ICO_DATA_SHARING_URL);
    static final Citation ICO_DOCUMENTATION = Citation.of("ICO guidance: Documentation",
            "Do we need to review and update our documentation?").withUrl(ICO_DOCUMENTATION_URL);

    private AssetCitations() {
    }
}
