package org.igkit.breach.assessment;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import org.igkit.breach.facts.BreachFacts;
import org.igkit.breach.facts.BreachType;
import org.igkit.breach.facts.DataCategory;
import org.igkit.breach.facts.EffectOnIndividuals;
import org.igkit.breach.facts.Quarters;
import org.igkit.breach.facts.Regime;
import org.igkit.breach.facts.RiskTier;
import org.igkit.breach.severity.DsptGrading;
import org.igkit.breach.severity.EnisaBand;
import org.igkit.breach.severity.EnisaFlag;
import org.igkit.breach.severity.EnisaSeverity;
import org.igkit.core.explain.Citation;
import org.igkit.core.explain.Explanation;

/**
 * Assesses a breach (spec breach.md §8.2): ENISA severity, risk tier by rules R0-R4 in order, the override, the NHS
 * DSPT overlay, the Commissioner and data-subject decisions, every regime's deadline, lateness, the Art 33(3)
 * checklist and the report payload, explaining each step as it is taken. Stateless apart from its policy and clock;
 * thread-safe.
 */
public final class BreachAssessor {
    private static final DateTimeFormatter SHOWN =
            DateTimeFormatter.ofPattern("EEEE d MMMM uuuu HH:mm:ss xxx", Locale.UK);
    private static final Quarters UNKNOWN_RECIPIENTS = Quarters.ofQuarters(2);
    private static final int MANY_INDIVIDUALS = 100;

    private final AssessmentPolicy policy;
    private final Clock clock;

    private BreachAssessor(AssessmentPolicy policy, Clock clock) {
        this.policy = policy;
        this.clock = clock;
    }

    /** An assessor with {@code policy}; {@code clock} dates each assessment and decides what is overdue. */
    public static BreachAssessor of(AssessmentPolicy policy, Clock clock) {
        return new BreachAssessor(Objects.requireNonNull(policy, "policy"), Objects.requireNonNull(clock, "clock"));
    }

    /** An assessor with {@link AssessmentPolicy#defaults()}. */
    public static BreachAssessor withDefaults(Clock clock) {
        return of(AssessmentPolicy.defaults(), clock);
    }

    /** The policy in use. */
    public AssessmentPolicy policy() {
        return policy;
    }

    /** Assesses {@code facts}. */
    public BreachAssessment assess(BreachFacts facts) {
        Objects.requireNonNull(facts, "facts");
        Instant assessedAt = clock.instant();
        Instant aware = facts.awareness().toInstant();
        Explanation.Builder why = Explanation.builder();
        why.step("The controller became aware on " + show(aware) + " (" + facts.awarenessSource()
                + "); the clock starts then, not when the breach happened", Sources.ART_33_1);
        why.step("The breach is recorded in the breach log whatever the outcome", Sources.ART_33_5);

        EnisaSeverity enisa = policy.enisaMethod().score(facts.enisa(), facts.individuals(), facts.protection());
        why.append(enisa.explanation());

        TierResult computed = computeTier(facts, enisa, why);
        RiskTier finalTier = computed.tier;
        List<RiskRule> rules = new ArrayList<>(computed.rules);
        if (facts.override() != null) {
            finalTier = facts.override().tier();
            rules.add(RiskRule.OVERRIDE);
            why.step("Risk tier overridden from " + computed.tier + " to " + finalTier + ": "
                    + facts.override().justification() + "; both tiers are kept", RiskRule.OVERRIDE.source());
        }

        DsptGrading dspt = null;
        if (facts.isUnder(Regime.NHS_DSPT)) {
            dspt = policy.dsptGrid().grade(facts, enisa.band());
            why.append(dspt.explanation());
        }

        List<NotificationDeadline> deadlines = deadlines(facts, finalTier, dspt, why);
        CommissionerDecision commissioner = commissionerDecision(facts, finalTier, dspt, deadlines, why);
        DataSubjectDuty subjects = dataSubjectDuty(facts, finalTier, computed, why);

        boolean late = false;
        boolean overdue = false;
        if (commissioner.deadline() != null) {
            Instant due = commissioner.deadline().toInstant();
            if (facts.notifiedAt() != null) {
                late = facts.notifiedAt().toInstant().isAfter(due);
                why.step("Notified on " + show(facts.notifiedAt().toInstant()) + ": "
                        + (late ? "after the deadline, late by " + describe(Duration.between(due,
                                facts.notifiedAt().toInstant())) + "; the notification must give reasons for the delay"
                                + (facts.reasonsForDelay() == null ? ", and none are given yet"
                                        : ": " + facts.reasonsForDelay())
                                : "on time (a notification at exactly the deadline is on time)"),
                        Sources.ART_33_1, Sources.INSTANT_LINE);
            } else if (commissioner.required() && assessedAt.isAfter(due)) {
                overdue = true;
                why.step("At " + show(assessedAt) + " the deadline has passed and the " + policy.regulatorName()
                        + " has not been notified: notify now, with reasons for the delay", Sources.ART_33_1);
            }
        }
        boolean reasonsRequired = late && facts.reasonsForDelay() == null;

        List<ChecklistItem> checklist = checklist(facts, late);
        long missing = checklist.stream().filter(ChecklistItem::isMissing).count();
        why.step(missing == 0 ? "The report has everything Art 33(3) asks for"
                : missing + " item(s) of the Art 33(3) content are still missing; they may follow in phases",
                Sources.ART_33_3, Citation.of(Sources.UK_GDPR, "Art 33(4)"));

        ReportPayload report = report(facts, finalTier, subjects, late, deadlines, dspt);
        return new BreachAssessment(assessedAt, enisa, finalTier, computed.tier, rules, facts.override(), commissioner,
                subjects, deadlines, late, reasonsRequired, overdue, dspt, checklist, report, why.build());
    }

    /** The tier the rules give, the rules that gave it, and the tier before mitigation. */
    private static final class TierResult {
        final RiskTier tier;
        final List<RiskRule> rules;
        final RiskTier beforeMitigation;

        TierResult(RiskTier tier, List<RiskRule> rules, RiskTier beforeMitigation) {
            this.tier = tier;
            this.rules = List.copyOf(rules);
            this.beforeMitigation = beforeMitigation;
        }
    }

    private TierResult computeTier(BreachFacts facts, EnisaSeverity enisa, Explanation.Builder why) {
        boolean unintelligible = facts.protection().isUnintelligible();
        List<RiskRule> rules = new ArrayList<>();

        boolean availabilityRecoverable = !facts.is(BreachType.AVAILABILITY)
                || facts.enisa().availability().quarters() == 0;
        if (facts.is(BreachType.CONFIDENTIALITY) && unintelligible && !facts.is(BreachType.INTEGRITY)
                && availabilityRecoverable) {
            rules.add(RiskRule.R0_DATA_UNINTELLIGIBLE);
            why.step("R0: the data was " + facts.protection() + ", so unintelligible to anyone who obtained it; no "
                    + "integrity loss and availability recoverable: unlikely to result in a risk (NO_RISK)",
                    RiskRule.R0_DATA_UNINTELLIGIBLE.source());
            return new TierResult(RiskTier.NO_RISK, rules, RiskTier.NO_RISK);
        }
        if (facts.isOnly(BreachType.AVAILABILITY) && facts.backupAvailable() && facts.restorationHours() != null
                && facts.restorationHours() <= policy.quickRestorationHours()
                && facts.effectOnIndividuals() == EffectOnIndividuals.NONE) {
            rules.add(RiskRule.R1_TRIVIAL_AVAILABILITY);
            why.step("R1: availability only, restored from backup in " + facts.restorationHours() + " hour(s) (at most "
                    + policy.quickRestorationHours() + ") with no effect on people: NO_RISK",
                    RiskRule.R1_TRIVIAL_AVAILABILITY.source());
            return new TierResult(RiskTier.NO_RISK, rules, RiskTier.NO_RISK);
        }

        RiskTier tier;
        boolean exfiltrated = facts.is(BreachType.CONFIDENTIALITY) && facts.exfiltration().isPossible();
        if (facts.specialCategories() && !unintelligible) {
            rules.add(RiskRule.R2_SPECIAL_CATEGORY);
            List<String> aggravating = new ArrayList<>();
            if (exfiltrated) {
                aggravating.add("exfiltration " + facts.exfiltration());
            }
            if (facts.enisa().confidentiality().equals(UNKNOWN_RECIPIENTS)) {
                aggravating.add("disclosure to unknown recipients");
            }
            if (facts.vulnerableSubjects()) {
                aggravating.add("vulnerable people affected");
            }
            if (facts.effectOnIndividuals() == EffectOnIndividuals.HEALTH_OR_CARE) {
                aggravating.add("health or care affected");
            }
            if (!aggravating.isEmpty()) {
                why.step("R2: special-category or criminal data with " + String.join(", ", aggravating)
                        + ": damage should be considered likely and severe: HIGH_RISK",
                        RiskRule.R2_SPECIAL_CATEGORY.source(), Sources.EDPB_012021.withNote("Cases 03 and 12"));
                tier = RiskTier.HIGH_RISK;
            } else {
                RiskTier byBand = bandTier(facts, enisa, why);
                rules.add(RiskRule.R3_ENISA_BAND);
                tier = byBand.atLeast(RiskTier.RISK);
                why.step("R2: special-category or criminal data: at least RISK; with the ENISA band, " + tier,
                        RiskRule.R2_SPECIAL_CATEGORY.source());
            }
        } else if (policy.identityExfiltrationRule() && exfiltrated && !unintelligible
                && (facts.identityFraudData() || facts.enisa().hasCategoryScoredAtLeast(DataCategory.FINANCIAL, 4))) {
            rules.add(RiskRule.R2E_IDENTITY_OR_FINANCIAL_EXFILTRATION);
            why.step("R2E: " + (facts.identityFraudData() ? "identity data usable for fraud" : "full financial data")
                    + " with exfiltration " + facts.exfiltration() + ": HIGH_RISK",
                    RiskRule.R2E_IDENTITY_OR_FINANCIAL_EXFILTRATION.source());
            tier = RiskTier.HIGH_RISK;
        } else {
            rules.add(RiskRule.R3_ENISA_BAND);
            tier = bandTier(facts, enisa, why);
        }

        RiskTier beforeMitigation = tier;
        if (policy.mitigationLowersTier() && tier != RiskTier.NO_RISK && facts.hasVerifiedMitigation()) {
            rules.add(RiskRule.R4_MITIGATION);
            RiskTier lowered = tier.oneStepLower();
            why.step("R4: verified mitigation before the decision (" + describeMitigations(facts) + ") lowers the tier "
                    + "one step, from " + tier + " to " + lowered, RiskRule.R4_MITIGATION.source());
            tier = lowered;
        }
        return new TierResult(tier, rules, beforeMitigation);
    }

    private RiskTier bandTier(BreachFacts facts, EnisaSeverity enisa, Explanation.Builder why) {
        EnisaBand band = enisa.band();
        Citation r3 = RiskRule.R3_ENISA_BAND.source();
        if (band == EnisaBand.MEDIUM) {
            why.step("R3: ENISA band MEDIUM gives RISK (ENISA Medium must not mean 'do not notify')", r3);
            return RiskTier.RISK;
        }
        if (band == EnisaBand.HIGH || band == EnisaBand.VERY_HIGH) {
            why.step("R3: ENISA band " + band + " gives HIGH_RISK", r3);
            return RiskTier.HIGH_RISK;
        }
        List<String> triggers = new ArrayList<>();
        if (enisa.has(EnisaFlag.MORE_THAN_100_INDIVIDUALS)
                && facts.enisa().confidentiality().equals(UNKNOWN_RECIPIENTS)) {
            triggers.add("more than " + MANY_INDIVIDUALS + " people with disclosure to unknown recipients");
        }
        if (facts.enisa().hasCategoryScoredAtLeast(DataCategory.FINANCIAL, 3)) {
            triggers.add("financial data scored 3 or more");
        }
        if (facts.identityFraudData()) {
            triggers.add("identity data usable for fraud");
        }
        if (policy.effectTriggersRisk() && facts.effectOnIndividuals() != EffectOnIndividuals.NONE) {
            triggers.add("an effect on individuals (" + facts.effectOnIndividuals() + ")");
        }
        if (triggers.isEmpty()) {
            why.step("R3: ENISA band LOW and no notify trigger: NO_RISK", r3);
            return RiskTier.NO_RISK;
        }
        why.step("R3: ENISA band LOW, but " + String.join("; ", triggers) + ": RISK", r3);
        return RiskTier.RISK;
    }

    private List<NotificationDeadline> deadlines(BreachFacts facts, RiskTier tier, DsptGrading dspt,
            Explanation.Builder why) {
        Instant aware = facts.awareness().toInstant();
        boolean risk = tier != RiskTier.NO_RISK;
        List<NotificationDeadline> all = new ArrayList<>();
        for (Regime regime : Regime.values()) {
            if (!facts.isUnder(regime)) {
                continue;
            }
            int hours = policy.hoursFor(regime, aware);
            OffsetDateTime due = aware.plus(Duration.ofHours(hours)).atZone(policy.displayZone()).toOffsetDateTime();
            String recipient;
            boolean required;
            Citation source;
            switch (regime) {
                case UK_GDPR:
                    recipient = policy.regulatorName();
                    required = risk && !facts.isUnder(Regime.PECR);
                    source = Sources.ART_33_1;
                    break;
                case DPA_PART3:
                    recipient = policy.regulatorName();
                    required = risk;
                    source = Sources.DPA_S67;
                    break;
                case PECR:
                    recipient = policy.regulatorName();
                    required = true;
                    source = aware.isBefore(policy.pecrChangeover()) ? Sources.PECR_24H : Sources.PECR_72H;
                    break;
                case UK_EIDAS:
                    recipient = policy.regulatorName();
                    required = facts.significantServiceImpact();
                    source = Sources.EIDAS_19_2;
                    break;
                case NIS:
                    recipient = policy.nisAuthorityName();
                    required = facts.significantServiceImpact();
                    source = Sources.NIS_11;
                    break;
                default:
                    recipient = "NHS DSPT incident reporting tool (forwarded to the " + policy.regulatorName() + ")";
                    required = dspt != null && dspt.reportable();
                    source = policy.dsptGrid().source();
                    break;
            }
            NotificationDeadline deadline = new NotificationDeadline(regime, recipient, required, hours, due, source);
            all.add(deadline);
            why.step(regime + ": " + recipient + " within " + hours + " hours of awareness, by " + show(due.toInstant())
                    + (required ? "" : " (not required on these facts)") + reasonNote(regime, facts),
                    source, Sources.INSTANT_LINE);
        }
        all.sort(Comparator.comparing(NotificationDeadline::toInstant));
        return all;
    }

    private static String reasonNote(Regime regime, BreachFacts facts) {
        if (regime == Regime.UK_GDPR && facts.isUnder(Regime.PECR)) {
            return "; the PECR duty takes the place of the UK GDPR duty for a communications provider";
        }
        if (regime == Regime.PECR) {
            return "; PECR requires every personal data breach to be notified";
        }
        if ((regime == Regime.UK_EIDAS || regime == Regime.NIS) && !facts.significantServiceImpact()) {
            return "; only an incident with a significant impact on the service must be notified";
        }
        return "";
    }

    private CommissionerDecision commissionerDecision(BreachFacts facts, RiskTier tier, DsptGrading dspt,
            List<NotificationDeadline> deadlines, Explanation.Builder why) {
        Regime governing = null;
        for (Regime candidate : List.of(Regime.PECR, Regime.UK_GDPR, Regime.DPA_PART3, Regime.NHS_DSPT)) {
            if (facts.isUnder(candidate)) {
                governing = candidate;
                break;
            }
        }
        if (governing == null) {
            why.step("No personal-data regime (UK GDPR, DPA 2018 Part 3, PECR, NHS DSPT) applies: no duty to notify "
                    + "the " + policy.regulatorName() + " of a personal data breach", Sources.MODEL);
            return new CommissionerDecision(false, null, policy.regulatorName(), null);
        }
        Regime regime = governing;
        NotificationDeadline deadline = deadlines.stream().filter(d -> d.regime() == regime).findFirst().orElseThrow();
        boolean byTier = tier != RiskTier.NO_RISK;
        boolean byDspt = dspt != null && dspt.reportable() && policy.nhsStricterWins();
        boolean required = regime == Regime.PECR || byTier || byDspt;
        String reason;
        if (regime == Regime.PECR) {
            reason = "a communications provider notifies every personal data breach under PECR";
        } else if (byTier) {
            reason = "the risk tier is " + tier;
        } else if (byDspt) {
            reason = "the tier is NO_RISK but the DSPT grid makes it reportable, and for NHS bodies the stricter wins";
        } else {
            reason = "the breach is unlikely to result in a risk; record the reason for not notifying";
        }
        why.step((required ? "Notify the " : "No need to notify the ") + policy.regulatorName() + " (" + regime + "): "
                + reason + (required ? "; by " + show(deadline.toInstant()) + ", without undue delay" : ""),
                regime == Regime.DPA_PART3 ? Sources.DPA_S67 : regime == Regime.PECR ? Sources.PECR_5A
                        : Sources.ART_33_1);
        return new CommissionerDecision(required, regime, policy.regulatorName(), deadline.deadline());
    }

    private DataSubjectDuty dataSubjectDuty(BreachFacts facts, RiskTier tier, TierResult computed,
            Explanation.Builder why) {
        Citation basis = facts.isUnder(Regime.DPA_PART3) && !facts.isUnder(Regime.UK_GDPR) ? Sources.DPA_S68
                : Sources.ART_34_1;
        if (facts.commissionerRequiresCommunication()) {
            why.step("The " + policy.regulatorName() + " has required communication to the data subjects: REQUIRED",
                    Sources.ART_34_4);
            return DataSubjectDuty.REQUIRED;
        }
        boolean loweredFromHigh = facts.override() == null && tier != RiskTier.HIGH_RISK
                && computed.beforeMitigation == RiskTier.HIGH_RISK;
        if (tier != RiskTier.HIGH_RISK && !loweredFromHigh) {
            why.step("The risk is not high: no duty to tell the data subjects (they may be told voluntarily)", basis);
            return DataSubjectDuty.NOT_REQUIRED;
        }
        if (facts.protection().isUnintelligible()) {
            why.step("High risk, but the data was " + facts.protection() + " and unintelligible to anyone not "
                    + "authorised: communication not required", Sources.ART_34_3_A);
            return DataSubjectDuty.EXEMPT_34_3_A;
        }
        if (facts.hasVerifiedMitigation()) {
            why.step("High risk, but subsequent measures (" + describeMitigations(facts) + ") ensure it is no longer "
                    + "likely to materialise: communication not required", Sources.ART_34_3_B);
            return DataSubjectDuty.EXEMPT_34_3_B;
        }
        if (facts.disproportionateEffort()) {
            why.step("High risk, and contacting each person would involve disproportionate effort: make a public "
                    + "communication that informs them equally effectively", Sources.ART_34_3_C);
            return DataSubjectDuty.PUBLIC_COMMUNICATION_34_3_C;
        }
        why.step("High risk: tell the data subjects without undue delay, in clear and plain language", basis);
        return DataSubjectDuty.REQUIRED;
    }

    private static List<ChecklistItem> checklist(BreachFacts facts, boolean late) {
        String a = provision(facts, "(a)");
        List<ChecklistItem> items = new ArrayList<>();
        items.add(new ChecklistItem("nature of the breach", a, facts.report().description() != null));
        items.add(new ChecklistItem("categories of data subjects", a,
                facts.report().categoriesOfDataSubjects() != null));
        items.add(new ChecklistItem("approximate number of data subjects", a, facts.individuals() != null));
        items.add(new ChecklistItem("categories of personal data records", a,
                facts.report().categoriesOfPersonalData() != null || !facts.enisa().dataCategories().isEmpty()));
        items.add(new ChecklistItem("approximate number of personal data records", a,
                facts.report().approximateRecords() != null));
        items.add(new ChecklistItem("name and contact details of the DPO or other contact point",
                provision(facts, "(b)"), facts.report().contactPoint() != null));
        items.add(new ChecklistItem("likely consequences of the breach", provision(facts, "(c)"),
                facts.report().likelyConsequences() != null));
        items.add(new ChecklistItem("measures taken or proposed, including mitigation", provision(facts, "(d)"),
                facts.report().measuresTaken() != null || !facts.mitigations().isEmpty()));
        if (late) {
            items.add(new ChecklistItem("reasons for the delay", facts.isUnder(Regime.DPA_PART3)
                    && !facts.isUnder(Regime.UK_GDPR) ? "DPA 2018 s.67(3)" : "UK GDPR Art 33(1)",
                    facts.reasonsForDelay() != null));
        }
        return items;
    }

    private static String provision(BreachFacts facts, String letter) {
        return facts.isUnder(Regime.DPA_PART3) && !facts.isUnder(Regime.UK_GDPR) ? "DPA 2018 s.67(4)" + letter
                : "UK GDPR Art 33(3)" + letter;
    }

    private ReportPayload report(BreachFacts facts, RiskTier tier, DataSubjectDuty subjects, boolean late,
            List<NotificationDeadline> deadlines, DsptGrading dspt) {
        List<String> others = new ArrayList<>();
        for (NotificationDeadline d : deadlines) {
            if (d.required() && !d.recipient().equals(policy.regulatorName())) {
                others.add(d.recipient());
            }
        }
        if (dspt != null && dspt.escalated()) {
            others.add("DHSC / NHS England");
        }
        List<String> types = facts.breachTypes().stream().sorted().map(Enum::name).toList();
        return new ReportPayload(policy.regulatorName(), facts.notifiedAt() == null ? "INITIAL" : "FOLLOW_UP",
                facts.report().description(), facts.report().howDiscovered(), facts.report().occurredAt(),
                facts.awareness().toInstant().atZone(policy.displayZone()).toOffsetDateTime(),
                facts.report().cyberIncident(), types, facts.report().categoriesOfPersonalData(),
                facts.specialCategories(), facts.report().approximateRecords(),
                facts.report().categoriesOfDataSubjects(), facts.individuals(), facts.vulnerableSubjects(),
                facts.report().likelyConsequences(), tier, facts.report().measuresTaken(), subjects,
                facts.report().contactPoint(), late, facts.reasonsForDelay(), others);
    }

    private static String describeMitigations(BreachFacts facts) {
        return String.join(", ", facts.mitigations().stream().filter(m -> m.verified())
                .map(m -> m.description().isEmpty() ? m.kind().name() : m.kind() + ": " + m.description()).toList());
    }

    private String show(Instant instant) {
        return SHOWN.format(instant.atZone(policy.displayZone()));
    }

    private static String describe(Duration duration) {
        long hours = duration.toHours();
        long minutes = duration.toMinutesPart();
        long seconds = duration.toSecondsPart();
        return hours + " h " + minutes + " min" + (seconds == 0 ? "" : " " + seconds + " s");
    }
}
