package org.igkit.requests.regime;

import static org.igkit.requests.regime.EventType.CLARIFICATION_RECEIVED;
import static org.igkit.requests.regime.EventType.CLARIFICATION_REQUESTED;
import static org.igkit.requests.regime.EventType.EXTENSION_NOTICE;
import static org.igkit.requests.regime.EventType.FEES_NOTICE;
import static org.igkit.requests.regime.EventType.FEE_PAID;
import static org.igkit.requests.regime.EventType.FEE_RECEIVED;
import static org.igkit.requests.regime.EventType.FEE_REQUESTED;
import static org.igkit.requests.regime.EventType.FURTHER_INFO_RECEIVED;
import static org.igkit.requests.regime.EventType.FURTHER_INFO_REQUESTED;
import static org.igkit.requests.regime.EventType.ID_RECEIVED;
import static org.igkit.requests.regime.EventType.ID_REQUESTED;
import static org.igkit.requests.regime.EventType.PIT_EXTENSION_NOTICE;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.igkit.core.error.ValidationException;
import org.igkit.core.explain.Citation;

/**
 * The catalogue of regimes, every version with the date it took effect (deadlines.md §0 and §3-§7). A request
 * is governed by the version in force on its date of receipt, so older requests keep the rules of their day.
 */
public final class Regimes {
    static final LocalDate FOI_IN_FORCE = LocalDate.of(2005, 1, 1);
    private static final String LEG = "https://www.legislation.gov.uk/";
    private static final String ICO_FOI_TIME_LIMITS = "https://ico.org.uk/for-organisations/foi/"
            + "freedom-of-information-and-environmental-information-regulations/"
            + "time-limits-for-compliance-under-the-freedom-of-information-act-section-10/";
    private static final String ICO_SAR = "https://ico.org.uk/for-organisations/uk-gdpr-guidance-and-resources/"
            + "individual-rights/right-of-access/what-should-we-consider-when-responding-to-a-request/";

    /** FOIA s.10(1). */
    public static final Citation FOIA_S10_1 = cite("Freedom of Information Act 2000", "s.10(1)", "ukpga/2000/36/section/10");
    /** FOIA s.10(2): working days between fees notice and payment disregarded. */
    public static final Citation FOIA_S10_2 = cite("Freedom of Information Act 2000", "s.10(2)", "ukpga/2000/36/section/10");
    /** FOIA s.10(3): public-interest extension. */
    public static final Citation FOIA_S10_3 = cite("Freedom of Information Act 2000", "s.10(3)", "ukpga/2000/36/section/10");
    /** FOIA s.10(6)(b) with s.1(3): clarification restarts the clock. */
    public static final Citation FOIA_S10_6_B = cite("Freedom of Information Act 2000", "s.1(3) and s.10(6)(b)",
            "ukpga/2000/36/section/10");
    /** FOIA s.9(2): three months to pay a fee. */
    public static final Citation FOIA_S9_2 = cite("Freedom of Information Act 2000", "s.9(2)", "ukpga/2000/36/section/9");
    /** ICO guidance on time limits under FOIA s.10. */
    public static final Citation ICO_FOIA_GUIDANCE = Citation.of("ICO guidance: Time limits for compliance under the "
            + "Freedom of Information Act (section 10)", "").withUrl(ICO_FOI_TIME_LIMITS);
    /** ICO guidance on responding to a SAR. */
    public static final Citation ICO_SAR_GUIDANCE = Citation.of("ICO guidance: Right of access, what should we "
            + "consider when responding to a request?", "").withUrl(ICO_SAR);

    /** Data (Use and Access) Act 2025 s.76 (Art 12A UK GDPR, DPA 2018 s.54(3C)): SI 2026/82 reg 2(h). */
    private static final LocalDate DUAA_S76_IN_FORCE = LocalDate.of(2026, 2, 5);
    private static final Citation EIR_REG_9_4 = cite("Environmental Information Regulations 2004 (SI 2004/3391)",
            "reg 9(4)", "uksi/2004/3391/regulation/9");
    private static final Citation EIR_REG_8 = Citation.of("Environmental Information Regulations 2004 (SI 2004/3391)",
            "reg 8").withNote("paused like FOIA s.10(2) by option U9");
    static final Citation FOISA_S10_1_B = cite("Freedom of Information (Scotland) Act 2002",
            "s.1(3) and s.10(1)(b)", "asp/2002/13/section/10");
    static final Citation FOISA_S10_2 = cite("Freedom of Information (Scotland) Act 2002", "s.10(2)",
            "asp/2002/13/section/10");
    private static final Citation AHRA_S3_6 = cite("Access to Health Records Act 1990", "s.3(6)",
            "ukpga/1990/23/section/3");
    private static final Citation DPA_S54_3C = cite("Data Protection Act 2018", "s.54(3C)", "ukpga/2018/12/section/54");
    private static final Citation ART_12A = cite("UK GDPR", "Art 12A", "eur/2016/679/article/12A");
    private static final Citation ICO_STOP_THE_CLOCK = ICO_SAR_GUIDANCE
            .withNote("stop the clock for clarification (ICO, October 2020)");

    private static final Map<RegimeId, List<Regime>> VERSIONS = catalogue();

    private Regimes() {
    }

    /** The version of {@code id} in force for a request received on {@code received}. */
    public static Regime find(RegimeId id, LocalDate received) {
        List<Regime> versions = VERSIONS.get(id);
        Regime inForce = null;
        for (Regime version : versions) {
            if (!version.effectiveFrom().isAfter(received)) {
                inForce = version;
            }
        }
        if (inForce == null) {
            throw new ValidationException("received", id + " applies to requests received on or after "
                    + versions.get(0).effectiveFrom(), received);
        }
        return inForce;
    }

    /**
     * The version of {@code id} in force for a request received on {@code received}, passing over temporary
     * versions (the Coronavirus (Scotland) Act 2020 limits) for a deployment that chooses not to apply them.
     */
    public static Regime findPermanent(RegimeId id, LocalDate received) {
        Regime inForce = find(id, received);
        for (Regime version : VERSIONS.get(id)) {
            if (!version.rules().temporary() && !version.effectiveFrom().isAfter(received)) {
                inForce = version;
            }
        }
        return inForce;
    }

    /** Every version of {@code id}, oldest first. */
    public static List<Regime> versionsOf(RegimeId id) {
        return VERSIONS.get(id);
    }

    /** Every version of every regime. */
    public static List<Regime> all() {
        List<Regime> all = new ArrayList<>();
        VERSIONS.values().forEach(all::addAll);
        return all;
    }

    private static Map<RegimeId, List<Regime>> catalogue() {
        List<Regime> all = new ArrayList<>();
        Set<EventType> foiaEvents = Set.of(CLARIFICATION_REQUESTED, CLARIFICATION_RECEIVED, FEES_NOTICE, FEE_PAID,
                PIT_EXTENSION_NOTICE);
        all.add(foiaFamily(RegimeId.FOIA, "FOIA 2000 request").period(20, PeriodUnit.WORKING_DAYS).events(foiaEvents)
                .citing(FOIA_S10_1, ICO_FOIA_GUIDANCE)
                .extensionCiting(FOIA_S10_3, ICO_FOIA_GUIDANCE.withNote("the ICO expects no more than 20 further working days"))
                .note("the public-interest extension has no statutory limit; 40 working days is the ICO's normal maximum")
                .build());
        all.add(foiaFamily(RegimeId.FOIA_SCHOOL, "FOIA 2000 request to a school").period(20, PeriodUnit.SCHOOL_DAYS)
                .longStopWorkingDays(60).events(foiaEvents)
                .citing(cite("Freedom of Information (Time for Compliance with Request) Regulations 2004 (SI 2004/3364)",
                                "reg 3", "uksi/2004/3364/regulation/3"),
                        cite("Freedom of Information (Time for Compliance with Request) Regulations 2009 (SI 2009/1369)",
                                "reg 2 (Northern Ireland schools)", "uksi/2009/1369/regulation/2"),
                        cite("Freedom of Information (Time for Compliance with Request) Regulations 2010 (SI 2010/2768)",
                                "(Academies)", "uksi/2010/2768/contents/made"), FOIA_S10_1)
                .extensionCiting(FOIA_S10_3).note("school days are FOIA working days on which the school holds a session")
                .build());
        all.add(foiaFamily(RegimeId.FOIA_PUBLIC_RECORDS, "FOIA 2000 request for transferred public records")
                .period(30, PeriodUnit.WORKING_DAYS).events(foiaEvents)
                .citing(cite("Freedom of Information (Time for Compliance with Request) Regulations 2004 (SI 2004/3364)",
                        "(appropriate records authorities)", "uksi/2004/3364/contents/made")
                        .withNote("regulation number and wording not verified (spec U7)"), FOIA_S10_1)
                .extensionCiting(FOIA_S10_3).note("30th working day for a transferred public record (spec U7)")
                .build());
        Citation codeOfPractice = Citation.of("Freedom of Information Code of Practice (Cabinet Office, 4 July 2018)",
                "Part 5");
        all.add(Regime.builder(RegimeId.FOIA_INTERNAL_REVIEW, FOI_IN_FORCE, "FOIA internal review")
                .period(20, PeriodUnit.WORKING_DAYS).skipping(HolidaySource.ANY_UK_DIVISION)
                .events(Set.of(EXTENSION_NOTICE)).extendedBy(EXTENSION_NOTICE, 40)
                .citing(codeOfPractice
                        .withUrl("https://www.gov.uk/government/publications/freedom-of-information-code-of-practice")
                        .withNote("guidance under FOIA s.45, not statute"))
                .extensionCiting(codeOfPractice).note("a Code of Practice time limit, not a statutory one")
                .build());
        Citation eirReg5 = cite("Environmental Information Regulations 2004 (SI 2004/3391)", "reg 5(2)",
                "uksi/2004/3391/regulation/5");
        all.add(Regime.builder(RegimeId.EIR, FOI_IN_FORCE, "EIR 2004 request").period(20, PeriodUnit.WORKING_DAYS)
                .skipping(HolidaySource.ANY_UK_DIVISION)
                .events(Set.of(CLARIFICATION_REQUESTED, CLARIFICATION_RECEIVED, EXTENSION_NOTICE, FEES_NOTICE, FEE_PAID))
                .clarification(ClockEffect.RESTART).restartCiting(EIR_REG_9_4)
                .feesCiting(EIR_REG_8).feesPauseOnlyByOption()
                .extendedBy(EXTENSION_NOTICE, 40).extensionNotifiedWithinPeriod()
                .citing(eirReg5, cite("Environmental Information Regulations 2004 (SI 2004/3391)", "reg 2(1)",
                        "uksi/2004/3391/regulation/2"))
                .extensionCiting(cite("Environmental Information Regulations 2004 (SI 2004/3391)", "reg 7(1) and 7(3)",
                        "uksi/2004/3391/regulation/7"))
                .note("particulars asked under reg 9(2) restart the clock (reg 9(4)); reg 8 charges are a pause only by "
                        + "option (spec U9)")
                .build());
        all.add(Regime.builder(RegimeId.EIR_RECONSIDERATION, FOI_IN_FORCE, "EIR reconsideration")
                .period(40, PeriodUnit.WORKING_DAYS).skipping(HolidaySource.ANY_UK_DIVISION)
                .citing(cite("Environmental Information Regulations 2004 (SI 2004/3391)", "reg 11(4)",
                        "uksi/2004/3391/regulation/11"))
                .build());
        all.add(Regime.builder(RegimeId.RPSI_2015, LocalDate.of(2015, 7, 18), "Re-use of public sector information request")
                .period(20, PeriodUnit.WORKING_DAYS).skipping(HolidaySource.ANY_UK_DIVISION)
                .events(Set.of(EXTENSION_NOTICE))
                .citing(cite("Re-use of Public Sector Information Regulations 2015 (SI 2015/1415)", "reg 8(1)",
                        "uksi/2015/1415/regulation/8"))
                .extensionCiting(cite("Re-use of Public Sector Information Regulations 2015 (SI 2015/1415)", "reg 8(2)",
                        "uksi/2015/1415/regulation/8"))
                .note("\"before the end of the twentieth working day beginning with the day after receipt\" is the 20th "
                        + "working day after receipt; the reg 8(2) extension is \"reasonable\" with no fixed limit")
                .build());
        all.addAll(ScottishRegimes.versions());

        Citation art12 = cite("UK GDPR", "Art 12(3)", "eur/2016/679/article/12");
        Set<EventType> sarEvents = Set.of(CLARIFICATION_REQUESTED, CLARIFICATION_RECEIVED, EXTENSION_NOTICE,
                ID_REQUESTED, ID_RECEIVED, FEE_REQUESTED, FEE_RECEIVED);
        Citation sarExtension = ICO_SAR_GUIDANCE.withNote("three months from the original start date");
        all.add(subjectAccess(RegimeId.UKGDPR_SAR, LocalDate.of(2018, 5, 25), "GDPR subject access request")
                .dayZero(DayZero.DAY_AFTER_RECEIPT).events(sarEvents).clarification(ClockEffect.PAUSE)
                .pauseCiting(ICO_STOP_THE_CLOCK).extendedBy(EXTENSION_NOTICE, 3).extensionNotifiedWithinPeriod()
                .citing(art12, ICO_SAR_GUIDANCE.withNote("before 15 August 2019 the ICO counted from the day after receipt"))
                .extensionCiting(art12, sarExtension)
                .note("ICO method before 15 August 2019: from the day after receipt to the corresponding date")
                .build());
        all.add(subjectAccess(RegimeId.UKGDPR_SAR, LocalDate.of(2019, 8, 15), "UK GDPR subject access request")
                .events(sarEvents).clarification(ClockEffect.PAUSE)
                .pauseCiting(ICO_STOP_THE_CLOCK).extendedBy(EXTENSION_NOTICE, 3).extensionNotifiedWithinPeriod()
                .citing(art12, ICO_SAR_GUIDANCE.withNote("from the day of receipt to the corresponding date (since 15 August 2019)"))
                .extensionCiting(art12, sarExtension)
                .note("clarification stops the clock per ICO guidance (October 2020), not statute")
                .build());
        // Data (Use and Access) Act 2025 s.76, commenced 5 February 2026 by SI 2026/82 reg 2(h) (spec 6.3)
        all.add(subjectAccess(RegimeId.UKGDPR_SAR, DUAA_S76_IN_FORCE, "UK GDPR subject access request")
                .events(sarEvents).clarification(ClockEffect.PAUSE)
                .pauseCiting(ART_12A).extendedBy(EXTENSION_NOTICE, 3).extensionNotifiedWithinPeriod()
                .citing(cite("UK GDPR", "Art 12(3) and Art 12A", "eur/2016/679/article/12A")
                                .withNote("inserted by the Data (Use and Access) Act 2025 s.76, in force 5 February 2026"),
                        ICO_SAR_GUIDANCE)
                .extensionCiting(art12, sarExtension)
                .note("Art 12A: the clarification period does not count (stop the clock)")
                .build());
        Citation s54 = cite("Data Protection Act 2018", "s.45 and s.54", "ukpga/2018/12/section/54");
        String part3 = "DPA 2018 Part 3 (law enforcement) subject access request";
        all.add(subjectAccess(RegimeId.DPA2018_PART3_SAR, LocalDate.of(2018, 5, 25), part3).monthReadingByOption()
                .events(Set.of(ID_REQUESTED, ID_RECEIVED, FEE_REQUESTED, FEE_RECEIVED)).pauseCiting(DPA_S54_3C)
                .citing(s54).note("month arithmetic per spec U4 (option)")
                .build());
        all.add(subjectAccess(RegimeId.DPA2018_PART3_SAR, DUAA_S76_IN_FORCE, part3).monthReadingByOption()
                .events(sarEvents).clarification(ClockEffect.PAUSE).pauseCiting(DPA_S54_3C)
                .extendedBy(EXTENSION_NOTICE, 3).extensionNotifiedWithinPeriod()
                .citing(s54.withNote("as amended by the Data (Use and Access) Act 2025 s.76, in force 5 February 2026"))
                .extensionCiting(cite("Data Protection Act 2018", "s.54(3A) and (3B)", "ukpga/2018/12/section/54"))
                .note("s.54(3C): the clarification period does not count; month arithmetic per spec U4 (option)")
                .build());
        all.add(Regime.builder(RegimeId.PUPIL_INFO_ENGLAND, FOI_IN_FORCE, "Pupil educational record request (England)")
                .period(15, PeriodUnit.SCHOOL_DAYS).skipping(HolidaySource.NONE)
                .citing(cite("Education (Pupil Information) (England) Regulations 2005 (SI 2005/1437)", "reg 5(2)",
                        "uksi/2005/1437/regulation/5"))
                .note("school days are the school's session days (spec U11)")
                .build());
        Citation ahra = cite("Access to Health Records Act 1990", "s.3(5)", "ukpga/1990/23/section/3");
        all.add(healthRecords(RegimeId.AHRA_1990_21D,
                "Access to Health Records Act 1990 application (record made in the last 40 days)", 21, ahra));
        all.add(healthRecords(RegimeId.AHRA_1990_40D, "Access to Health Records Act 1990 application", 40, ahra));

        Map<RegimeId, List<Regime>> byId = new EnumMap<>(RegimeId.class);
        for (Regime regime : all) {
            byId.computeIfAbsent(regime.id(), id -> new ArrayList<>()).add(regime);
        }
        byId.replaceAll((id, list) -> {
            list.sort(Comparator.comparing(Regime::effectiveFrom));
            return List.copyOf(list);
        });
        for (RegimeId id : RegimeId.values()) {
            if (!byId.containsKey(id)) {
                throw new IllegalStateException("no regime version for " + id);
            }
        }
        return byId;
    }

    /** FOIA and its schools and records variants share their events, readings and extension. */
    private static Regime.Builder foiaFamily(RegimeId id, String title) {
        return Regime.builder(id, FOI_IN_FORCE, title).skipping(HolidaySource.ANY_UK_DIVISION)
                .clarification(ClockEffect.RESTART).restartCiting(FOIA_S10_6_B)
                .extendedBy(PIT_EXTENSION_NOTICE, 40).extensionNotifiedWithinPeriod()
                .publicInterestExtension("the s.17 notice");
    }

    private static Regime.Builder subjectAccess(RegimeId id, LocalDate effectiveFrom, String title) {
        return Regime.builder(id, effectiveFrom, title).period(1, PeriodUnit.CALENDAR_MONTHS)
                .dayZero(DayZero.CORRESPONDING_DATE).skipping(HolidaySource.CONTROLLER_DIVISION)
                .rollingForwardToAWorkingDay();
    }

    private static Regime healthRecords(RegimeId id, String title, int days, Citation ahra) {
        return Regime.builder(id, LocalDate.of(2000, 1, 1), title).period(days, PeriodUnit.CALENDAR_DAYS)
                .dayZero(DayZero.RECEIPT_IS_DAY_ONE).skipping(HolidaySource.NONE)
                .events(Set.of(FURTHER_INFO_REQUESTED, FURTHER_INFO_RECEIVED)).restartCiting(AHRA_S3_6)
                .citing(ahra).note("spec U8: the period begins with the application date")
                .build();
    }

    static Citation cite(String instrument, String provision, String path) {
        return Citation.of(instrument, provision).withUrl(LEG + path);
    }
}
