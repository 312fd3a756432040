package org.igkit.breach.assessment;

import org.igkit.core.explain.Citation;

/** The rules that set the risk tier, applied in this order; each records its source. */
public enum RiskRule {
    /** R0: confidentiality breach of unintelligible data, no integrity loss, availability recoverable: no risk. */
    R0_DATA_UNINTELLIGIBLE("R0", Sources.EDPB_012021.withNote("Cases 01, 06 and 10; WP250 Annex B example i")),
    /** R1: availability-only, restored quickly from backup, no effect on people: no risk. */
    R1_TRIVIAL_AVAILABILITY("R1", Sources.EDPB_012021.withNote("Case 01; WP250 Annex B example iii")),
    /** R2: special-category or criminal data: at least risk; high risk with exfiltration, vulnerable people or care impact. */
    R2_SPECIAL_CATEGORY("R2", Sources.EDPB_092022_PARA_102),
    /**
     * R2E: identity-fraud or full financial data possibly exfiltrated: high risk (our addition, EDPB case lessons),
     * unless it went only to a few identified recipients who can be asked to delete it (policy).
     */
    R2E_IDENTITY_OR_FINANCIAL_EXFILTRATION("R2E", Sources.EDPB_012021.withNote(
            "Cases 04, 05, 07, 11 and 14: exfiltration, or its possibility, of identity or financial data is high risk")),
    /** R3: the ENISA band mapped to a tier, with the notify triggers for the LOW band. */
    R3_ENISA_BAND("R3", Citation.of("igkit breach model", "spec breach.md §8.2 rule R3").withNote(
            "our choice, from ENISA's consequence descriptions and the UODO decision that Medium must not mean "
                    + "'do not notify'")),
    /** R4: verified mitigation before the decision lowers the tier one step. */
    R4_MITIGATION("R4", Citation.of("ICO", "personal data breach self-assessment, outcome 'the risk to the data "
            + "subject has been mitigated'")),
    /** A person overrode the computed tier, with a justification. */
    OVERRIDE("OVERRIDE", Citation.of(Sources.ENISA, "s.4.1.1").withUrl(Sources.ENISA_URL));

    private final String id;
    private final Citation source;

    RiskRule(String id, Citation source) {
        this.id = id;
        this.source = source;
    }

    /** The short id, e.g. "R2". */
    public String id() {
        return id;
    }

    /** Where the rule comes from. */
    public Citation source() {
        return source;
    }
}
