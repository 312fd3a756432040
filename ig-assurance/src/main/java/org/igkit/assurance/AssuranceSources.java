package org.igkit.assurance;

import org.igkit.core.explain.Citation;

/** The sources the assurance rules cite in their explanations, each named once. */
public final class AssuranceSources {
    private static final String ICO = "https://ico.org.uk/for-organisations/";
    private static final String AF = ICO + "accountability-framework/";
    private static final String DPIA = ICO + "uk-gdpr-guidance-and-resources/accountability-and-governance/"
            + "data-protection-impact-assessments-dpias/";

    /** UK GDPR Art 35(1): a DPIA before likely high-risk processing. */
    public static final Citation ART_35_1 = Citation.of("UK GDPR", "Art 35(1)")
            .withUrl("https://www.legislation.gov.uk/eur/2016/679/chapter/IV/section/3");
    /** UK GDPR Art 35(3): the three cases where a DPIA is required in particular. */
    public static final Citation ART_35_3 = Citation.of("UK GDPR", "Art 35(3)")
            .withUrl("https://www.legislation.gov.uk/eur/2016/679/chapter/IV/section/3");
    /** UK GDPR Art 35(11): review, at least when the risk changes. */
    public static final Citation ART_35_11 = Citation.of("UK GDPR", "Art 35(11)")
            .withUrl("https://www.legislation.gov.uk/eur/2016/679/chapter/IV/section/3");
    /** UK GDPR Art 36: prior consultation with the Commissioner. */
    public static final Citation ART_36 = Citation.of("UK GDPR", "Art 36(1)-(2)")
            .withUrl("https://ukgdpr.fieldfisher.com/chapter-4/article-36-gdpr/");
    /** UK GDPR Art 37(1)(a): a public authority designates a DPO. */
    public static final Citation ART_37 = Citation.of("UK GDPR", "Art 37(1)(a)")
            .withUrl("http://gdpr-dpa.co.uk/cgi-bin/gdpr.py?article=37");
    /** UK GDPR Art 38(6): the DPO's other tasks must not give a conflict of interests. */
    public static final Citation ART_38_6 = Citation.of("UK GDPR", "Art 38(6)")
            .withNote("read as forbidding a DPO who also decides on the processing, e.g. as SIRO");
    /** The ICO's Art 35(4) list of processing likely to result in high risk. */
    public static final Citation ICO_LIST = Citation.of("ICO", "Examples of processing likely to result in high risk")
            .withUrl(DPIA + "examples-of-processing-likely-to-result-in-high-risk/");
    /** WP248 rev.01: the nine criteria, two usually meaning a DPIA. */
    public static final Citation WP248 = Citation.of("Article 29 Working Party", "WP248 rev.01, III.B.a")
            .withUrl("https://wiki.geant.org/pages/viewpage.action?pageId=131634710")
            .withNote("persuasive only in the UK; the ICO list is based on it; read in a secondary copy");
    /** ICO Accountability Framework: policy review and approval. */
    public static final Citation POLICY_REVIEW = Citation.of("ICO Accountability Framework", "Review and approval")
            .withUrl(AF + "policies-and-procedures/review-and-approval/");
    /** ICO Accountability Framework: training and awareness. */
    public static final Citation TRAINING = Citation.of("ICO Accountability Framework", "Training and awareness")
            .withUrl(AF + "training-and-awareness/");
    /** ICO audit toolkit: refresher training at appropriate intervals. */
    public static final Citation REFRESHER = Citation.of("ICO data protection audit framework", "Refresher training")
            .withUrl(ICO + "advice-and-services/audits/data-protection-audit-framework/toolkits/training-and-awareness/"
                    + "refresher-training/");
    /** ICO Accountability Framework: data sharing agreements (regular review, a central log). */
    public static final Citation SHARING = Citation.of("ICO Accountability Framework", "Data sharing agreements")
            .withUrl(AF + "contracts-and-data-sharing/data-sharing-agreements/");
    /** Health and Social Care (National Data Guardian) Act 2018 s.1: Caldicott Guardians. */
    public static final Citation CALDICOTT = Citation.of("Health and Social Care (National Data Guardian) Act 2018",
            "s.1(2)-(3)").withUrl("https://www.legislation.gov.uk/ukpga/2018/31/section/1");
    /** DPA 2018 s.7: the meaning of public authority (parish councils excluded). */
    public static final Citation DPA_S7 = Citation.of("Data Protection Act 2018", "s.7")
            .withUrl("https://www.legislation.gov.uk/ukpga/2018/12/section/7/enacted");
    /** The DSPT improvement-plan statuses. */
    public static final Citation DSPT_STATUS = Citation.of("NHS England DSPT", "Improvement plans 2024-25")
            .withUrl("https://www.dsptoolkit.nhs.uk/News/improvement-plans-24-25");
    /** A choice igkit made where no source sets a rule; the note says which. */
    public static Citation choice(String what) {
        return Citation.of("igkit", "configurable default").withNote(what);
    }

    private AssuranceSources() {
    }
}
