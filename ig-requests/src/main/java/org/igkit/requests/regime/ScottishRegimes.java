package org.igkit.requests.regime;

import static org.igkit.requests.regime.EventType.CLARIFICATION_RECEIVED;
import static org.igkit.requests.regime.EventType.CLARIFICATION_REQUESTED;
import static org.igkit.requests.regime.EventType.EXTENSION_NOTICE;
import static org.igkit.requests.regime.EventType.FEES_NOTICE;
import static org.igkit.requests.regime.EventType.FEE_PAID;
import static org.igkit.requests.regime.Regimes.FOISA_S10_1_B;
import static org.igkit.requests.regime.Regimes.FOISA_S10_2;
import static org.igkit.requests.regime.Regimes.FOI_IN_FORCE;
import static org.igkit.requests.regime.Regimes.cite;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.igkit.core.explain.Citation;

/**
 * The Scottish regimes (deadlines.md §5): FOISA 2002 and its review, with the s.74(2)(b) postal presumption, the
 * temporary limits of the Coronavirus (Scotland) Act 2020 as versions by date of receipt, and EISR 2004.
 */
final class ScottishRegimes {
    private static final String FOISA = "Freedom of Information (Scotland) Act 2002";
    /** FOISA s.74(2)(b): "a thing posted is presumed not to be received until the third day after the day of posting". */
    static final Citation FOISA_S74 = cite(FOISA, "s.74(2)(b)", "asp/2002/13/section/74")
            .withNote("a posted request is presumed not received until the third day after the day of posting");
    /**
     * Coronavirus (Scotland) Act 2020 (asp 7) s.7 and sch 6 Part 2, in force from 7 April 2020 (Royal Assent
     * 6 April 2020); sch 6 paras 3-5 repealed from 27 May 2020 by the Coronavirus (Scotland) (No.2) Act 2020
     * (asp 10) sch 4 para 11 (Royal Assent 26 May 2020).
     */
    private static final LocalDate COVID_LIMITS_FROM = LocalDate.of(2020, 4, 7);
    private static final LocalDate COVID_LIMITS_REPEALED = LocalDate.of(2020, 5, 27);
    private static final Citation COVID_ACT = cite("Coronavirus (Scotland) Act 2020 (asp 7)", "sch 6 Part 2 paras 3-4",
            "asp/2020/7/schedule/6/part/2/enacted")
            .withNote("20 working days read as 60 for requests and requirements for review (7 April to 26 May 2020); "
                    + "paragraph wording not verified against the enacted text");
    private static final Citation COVID_EXTENSION = cite("Coronavirus (Scotland) Act 2020 (asp 7)", "sch 6 Part 2",
            "asp/2020/7/schedule/6/part/2/enacted")
            .withNote("an extension to 100 working days (spec §5: \"60 days (normal) / 100 days (extension)\"); "
                    + "provision not verified");
    private static final Citation COVID_REPEAL = cite("Coronavirus (Scotland) (No.2) Act 2020 (asp 10)",
            "sch 4 para 11", "asp/2020/10/schedule/4/part/8/enacted")
            .withNote("repeals sch 6 paras 3-5 of the 2020 Act from 27 May 2020; the Scottish Information "
                    + "Commissioner applies 20 working days to requests still unanswered on that day");
    private static final String COVID_NOTE = "temporary (Coronavirus (Scotland) Act 2020): applied by date of receipt; "
            + "the Commissioner judged a response issued 7 April-26 May 2020 against 60 working days and applies 20 "
            + "to a request still unanswered on 27 May 2020 (itspublicknowledge.info, Covid-19 emergency legislation)";

    private ScottishRegimes() {
    }

    static List<Regime> versions() {
        List<Regime> all = new ArrayList<>();
        Citation foisa10 = cite(FOISA, "s.10(1)", "asp/2002/13/section/10");
        Citation foisa73 = cite(FOISA, "s.73", "asp/2002/13/section/73");
        Citation foisa21 = cite(FOISA, "s.21(1)", "asp/2002/13/section/21");
        Set<EventType> foisaEvents = Set.of(CLARIFICATION_REQUESTED, CLARIFICATION_RECEIVED, FEES_NOTICE, FEE_PAID);
        String fees = "the period from a fees notice to the fee's receipt is disregarded (s.10(2), EN para 47)";
        all.add(foisa(FOI_IN_FORCE).period(20, PeriodUnit.WORKING_DAYS).events(foisaEvents)
                .citing(foisa10, foisa73).note(fees).build());
        all.add(foisa(COVID_LIMITS_FROM).period(60, PeriodUnit.WORKING_DAYS).temporary()
                .events(Set.of(CLARIFICATION_REQUESTED, CLARIFICATION_RECEIVED, FEES_NOTICE, FEE_PAID, EXTENSION_NOTICE))
                .extendedBy(EXTENSION_NOTICE, 100).extensionCiting(COVID_EXTENSION)
                .citing(COVID_ACT, foisa10, foisa73).note(COVID_NOTE).build());
        all.add(foisa(COVID_LIMITS_REPEALED).period(20, PeriodUnit.WORKING_DAYS).events(foisaEvents)
                .citing(foisa10, foisa73, COVID_REPEAL).note(fees).build());
        all.add(review(FOI_IN_FORCE).period(20, PeriodUnit.WORKING_DAYS).citing(foisa21).build());
        all.add(review(COVID_LIMITS_FROM).period(60, PeriodUnit.WORKING_DAYS).temporary()
                .citing(COVID_ACT, foisa21).note(COVID_NOTE).build());
        all.add(review(COVID_LIMITS_REPEALED).period(20, PeriodUnit.WORKING_DAYS).citing(foisa21, COVID_REPEAL)
                .build());

        String eisr = "Environmental Information (Scotland) Regulations 2004 (SSI 2004/520)";
        all.add(Regime.builder(RegimeId.EISR, FOI_IN_FORCE, "EISR 2004 request").period(20, PeriodUnit.WORKING_DAYS)
                .skipping(HolidaySource.SCOTLAND)
                .events(Set.of(CLARIFICATION_REQUESTED, CLARIFICATION_RECEIVED, EXTENSION_NOTICE))
                .clarification(ClockEffect.RESTART).restartCiting(FOISA_S10_1_B)
                .extendedBy(EXTENSION_NOTICE, 40).extensionNotifiedWithinPeriod()
                .citing(cite(eisr, "reg 5(2)(a)", "ssi/2004/520/regulation/5"))
                .extensionCiting(cite(eisr, "reg 7(1)", "ssi/2004/520/regulation/7"))
                .build());
        all.add(Regime.builder(RegimeId.EISR_REVIEW, FOI_IN_FORCE, "EISR review").period(20, PeriodUnit.WORKING_DAYS)
                .skipping(HolidaySource.SCOTLAND)
                .citing(cite(eisr, "reg 16(4)", "ssi/2004/520/regulation/16"))
                .build());
        return all;
    }

    private static Regime.Builder foisa(LocalDate effectiveFrom) {
        return Regime.builder(RegimeId.FOISA, effectiveFrom, "FOISA 2002 request").skipping(HolidaySource.SCOTLAND)
                .clarification(ClockEffect.RESTART).restartCiting(FOISA_S10_1_B).feesCiting(FOISA_S10_2)
                .postedPresumedReceivedAfter(3, FOISA_S74);
    }

    private static Regime.Builder review(LocalDate effectiveFrom) {
        return Regime.builder(RegimeId.FOISA_REVIEW, effectiveFrom, "FOISA review").skipping(HolidaySource.SCOTLAND)
                .postedPresumedReceivedAfter(3, FOISA_S74);
    }
}
