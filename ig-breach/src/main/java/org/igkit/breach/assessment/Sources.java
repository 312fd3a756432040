package org.igkit.breach.assessment;

import org.igkit.core.explain.Citation;

/** The instruments the assessment cites, in one place so that a change of URL is one edit. */
final class Sources {
    static final String UK_GDPR = "UK GDPR";
    static final String DPA_2018 = "Data Protection Act 2018";
    static final String PECR = "Privacy and Electronic Communications (EC Directive) Regulations 2003";
    static final String ENISA = "ENISA, Recommendations for a methodology of the assessment of severity of personal "
            + "data breaches, v1.0 (2013)";
    static final String ENISA_URL = "https://www.enisa.europa.eu/publications/dbn-severity";

    static final Citation ART_33_1 = Citation.of(UK_GDPR, "Art 33(1)")
            .withUrl("https://www.legislation.gov.uk/eur/2016/679/article/33");
    static final Citation ART_33_3 = Citation.of(UK_GDPR, "Art 33(3)")
            .withUrl("https://www.legislation.gov.uk/eur/2016/679/article/33");
    static final Citation ART_33_5 = Citation.of(UK_GDPR, "Art 33(5)")
            .withUrl("https://www.legislation.gov.uk/eur/2016/679/article/33");
    static final Citation ART_34_1 = Citation.of(UK_GDPR, "Art 34(1)")
            .withUrl("https://www.legislation.gov.uk/eur/2016/679/article/34");
    static final Citation ART_34_3_A = Citation.of(UK_GDPR, "Art 34(3)(a)")
            .withUrl("https://www.legislation.gov.uk/eur/2016/679/article/34");
    static final Citation ART_34_3_B = Citation.of(UK_GDPR, "Art 34(3)(b)")
            .withUrl("https://www.legislation.gov.uk/eur/2016/679/article/34");
    static final Citation ART_34_3_C = Citation.of(UK_GDPR, "Art 34(3)(c)")
            .withUrl("https://www.legislation.gov.uk/eur/2016/679/article/34");
    static final Citation ART_34_4 = Citation.of(UK_GDPR, "Art 34(4)")
            .withUrl("https://www.legislation.gov.uk/eur/2016/679/article/34");
    static final Citation DPA_S67 = Citation.of(DPA_2018, "s.67")
            .withUrl("https://www.legislation.gov.uk/ukpga/2018/12/section/67");
    static final Citation DPA_S68 = Citation.of(DPA_2018, "s.68")
            .withUrl("https://www.legislation.gov.uk/ukpga/2018/12/section/68");
    static final Citation PECR_5A = Citation.of(PECR, "reg 5A")
            .withUrl("https://www.legislation.gov.uk/uksi/2003/2426/regulation/5A");
    static final Citation PECR_24H = Citation.of("Commission Regulation (EU) No 611/2013 (as retained)", "Art 2(2)")
            .withNote("24 hours after detection, for breaches of which the provider became aware before 20 August 2025");
    static final Citation PECR_72H = Citation.of("Data (Use and Access) Act 2025", "s.111")
            .withNote("72 hours where feasible from 20 August 2025 (SI 2025/904 reg 2(p))");
    static final Citation EIDAS_19_2 = Citation.of("UK eIDAS Regulation (910/2014 as retained)", "Art 19(2)")
            .withUrl("https://www.legislation.gov.uk/eur/2014/910/article/19");
    static final Citation NIS_11 = Citation.of("Network and Information Systems Regulations 2018", "reg 11")
            .withUrl("https://www.legislation.gov.uk/uksi/2018/506/regulation/11");
    static final Citation EDPB_012021 = Citation.of(
            "EDPB Guidelines 01/2021 on examples regarding personal data breach notification, v2.0", "")
            .withUrl("https://www.edpb.europa.eu/system/files/2022-01/edpb_guidelines_012021_pdbnotification_adopted_en.pdf");
    /**
     * The contained mis-deliveries: the adopted v2.0 text of these cases could not be read here, so their conclusions
     * rest on the spec's recollection and a secondary summary (docs/breach.md, "R2E and known recipients").
     */
    static final Citation EDPB_012021_CONTAINED = Citation.of(
            "EDPB Guidelines 01/2021 on examples regarding personal data breach notification, v2.0",
            "Cases 13 (§6.1) and 16 (§6.4)")
            .withUrl("https://www.edpb.europa.eu/system/files/2022-01/edpb_guidelines_012021_pdbnotification_adopted_en.pdf")
            .withNote("a mis-delivery to one identified recipient who is asked to delete or return it is not high "
                    + "risk: Case 13 record only, Case 16 notify the SA but not the data subject");
    static final Citation EDPB_092022_PARA_102 = Citation.of(
            "EDPB Guidelines 9/2022 on personal data breach notification, v2.0 (= WP250 rev.01)", "para 102")
            .withNote("special categories and criminal data: damage 'should be considered likely to occur'");
    static final Citation INSTANT_LINE = Citation.of("igkit breach model", "spec breach.md §3.2")
            .withNote("our choice: deadline = awareness + exactly N x 3600 s on the instant line, shown in "
                    + "Europe/London; a notification exactly at the deadline is on time");
    static final Citation MODEL = Citation.of("igkit breach model", "spec breach.md §8.2");

    private Sources() {
    }
}
