package org.igkit.rest.breach;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.igkit.breach.assessment.BreachAssessment;
import org.igkit.breach.assessment.BreachAssessor;
import org.igkit.breach.assessment.NotificationDeadline;
import org.igkit.breach.facts.AwarenessSource;
import org.igkit.breach.facts.BreachFacts;
import org.igkit.breach.facts.BreachType;
import org.igkit.breach.facts.CategoryScore;
import org.igkit.breach.facts.DataCategory;
import org.igkit.breach.facts.DsptGrade;
import org.igkit.breach.facts.EffectOnIndividuals;
import org.igkit.breach.facts.EnisaInput;
import org.igkit.breach.facts.Exfiltration;
import org.igkit.breach.facts.Mitigation;
import org.igkit.breach.facts.MitigationKind;
import org.igkit.breach.facts.Protection;
import org.igkit.breach.facts.Regime;
import org.igkit.breach.facts.ReportDetails;
import org.igkit.breach.facts.RiskTier;
import org.igkit.breach.facts.TierOverride;
import org.igkit.core.error.ValidationException;
import org.igkit.rest.auth.Calculator;
import org.igkit.rest.explain.StepJson;
import org.igkit.rest.http.Bodies;

/**
 * {@code POST /v1/breaches/assessments}: a personal data breach assessment with no storage: ENISA severity, risk
 * tier, whether and by when to notify the Commissioner, whether to tell data subjects, the Art 33(3) checklist.
 */
@Path("/v1/breaches/assessments")
@Calculator
@Tag(name = "calculators")
public final class BreachAssessmentResource {
    /** Deadlines are shown with their Europe/London offset and whole seconds: 2024-04-01T17:00:00+01:00. */
    static final DateTimeFormatter DEADLINE = DateTimeFormatter.ISO_OFFSET_DATE_TIME;
    /** A score larger than this cannot be a valid ENISA element; refusing it early keeps huge decimals cheap. */
    private static final BigDecimal LARGEST_SCORE = BigDecimal.TEN;

    private final BreachAssessor assessor;

    public BreachAssessmentResource(BreachAssessor assessor) {
        this.assessor = assessor;
    }

    /**
     * The facts of a breach (spec breach.md §8.1); absent optional values take the conservative default.
     *
     * @param awareness         when the controller became aware, with offset
     * @param awarenessSource   OWN_DETECTION, PROCESSOR, THIRD_PARTY or DATA_SUBJECT
     * @param regimes           UK_GDPR, PECR, UK_EIDAS, NIS, DPA_PART3, NHS_DSPT...
     * @param breachTypes       CONFIDENTIALITY, INTEGRITY, AVAILABILITY
     * @param enisa             the ENISA component scores
     * @param protection        how the data was protected
     * @param specialCategories special-category or criminal-offence data involved
     * @param identityFraudData data usable for identity fraud involved
     * @param individuals       how many people (approximate)
     * @param vulnerableSubjects children, patients or vulnerable adults affected
     * @param exfiltration      CONFIRMED, POSSIBLE or EXCLUDED_BY_EVIDENCE
     * @param backupAvailable   a usable backup exists
     * @param restorationHours  hours to restore availability
     * @param effectOnIndividuals NONE, MINOR or SIGNIFICANT
     * @param mitigations       measures taken since
     * @param significantServiceImpact a trust or essential service is significantly affected
     * @param disproportionateEffort contacting each person would be disproportionate (Art 34(3)(c))
     * @param commissionerRequiresCommunication the Commissioner required communication (Art 34(4))
     * @param dspt              the NHS DSPT grade, when given
     * @param notifiedAt        when the Commissioner was notified
     * @param reasonsForDelay   why notification was late
     * @param override          a person's override of the risk tier
     * @param report            what the report must say beyond the scored facts
     */
    public record AssessmentRequest(OffsetDateTime awareness, AwarenessSource awarenessSource, Set<Regime> regimes,
                                    Set<BreachType> breachTypes, EnisaJson enisa, Protection protection,
                                    Boolean specialCategories, Boolean identityFraudData, Integer individuals,
                                    Boolean vulnerableSubjects, Exfiltration exfiltration, Boolean backupAvailable,
                                    Integer restorationHours, EffectOnIndividuals effectOnIndividuals,
                                    List<MitigationJson> mitigations, Boolean significantServiceImpact,
                                    Boolean disproportionateEffort, Boolean commissionerRequiresCommunication,
                                    DsptJson dspt, OffsetDateTime notifiedAt, String reasonsForDelay,
                                    OverrideJson override, ReportJson report) {
    }

    /**
     * ENISA inputs.
     *
     * @param dpc             1 to 4, or absent to take the highest category score
     * @param dataCategories  the categories with their scores
     * @param ei              0.25, 0.5, 0.75 or 1
     * @param confidentiality 0, 0.25 or 0.5
     * @param integrity       0, 0.25 or 0.5
     * @param availability    0, 0.25 or 0.5
     * @param malicious       an intentional act meant to cause harm
     */
    public record EnisaJson(Integer dpc, List<CategoryJson> dataCategories, BigDecimal ei, BigDecimal confidentiality,
                            BigDecimal integrity, BigDecimal availability, Boolean malicious) {
    }

    /**
     * A data category.
     *
     * @param category      SIMPLE, BEHAVIOURAL, FINANCIAL or SENSITIVE
     * @param basic         its basic score
     * @param score         the adjusted score 1 to 4
     * @param justification why it differs from the basic score
     */
    public record CategoryJson(DataCategory category, Integer basic, Integer score, String justification) {
    }

    /**
     * A mitigation.
     *
     * @param kind        what was done
     * @param description in words
     * @param verified    evidence shows it removed the risk
     */
    public record MitigationJson(MitigationKind kind, String description, Boolean verified) {
    }

    /**
     * An NHS DSPT grade.
     *
     * @param likelihood 1 to 5
     * @param severity   1 to 5
     */
    public record DsptJson(Integer likelihood, Integer severity) {
    }

    /**
     * An override of the computed tier.
     *
     * @param tier          NO_RISK, RISK or HIGH_RISK
     * @param justification why
     */
    public record OverrideJson(RiskTier tier, String justification) {
    }

    /**
     * What the report must say (Art 33(3)).
     *
     * @param description              what happened
     * @param howDiscovered            how it was found
     * @param occurredAt               when it happened
     * @param cyberIncident            a cyber incident
     * @param categoriesOfDataSubjects e.g. "pupils, parents"
     * @param categoriesOfPersonalData e.g. "contact details"
     * @param approximateRecords       how many records
     * @param contactPoint             the DPO or contact point
     * @param likelyConsequences       the likely consequences
     * @param measuresTaken            measures taken or proposed
     */
    public record ReportJson(String description, String howDiscovered, OffsetDateTime occurredAt, Boolean cyberIncident,
                             String categoriesOfDataSubjects, String categoriesOfPersonalData, Long approximateRecords,
                             String contactPoint, String likelyConsequences, String measuresTaken) {
    }

    /**
     * The assessment.
     *
     * @param enisa                   the ENISA severity
     * @param riskTier                the tier decided (the override's when there is one)
     * @param computedRiskTier        the tier the rules gave
     * @param rules                   the rules that set the computed tier, in order
     * @param notifyCommissioner      whether and by when to notify the regulator
     * @param communicateDataSubjects REQUIRED or NOT_REQUIRED (Art 34)
     * @param deadlines               every time limit of the applicable regimes, earliest first
     * @param late                    notified after the governing deadline
     * @param reasonsForDelayRequired late and no reasons given
     * @param overdue                 notification required, not made, and the deadline passed
     * @param dspt                    the NHS DSPT outcome, when NHS_DSPT applies
     * @param checklist               the Art 33(3) content checklist
     * @param assessedAt              when the assessment was made
     * @param explanation             the steps, with citations
     */
    public record AssessmentResponse(EnisaResult enisa, String riskTier, String computedRiskTier, List<String> rules,
                                     Commissioner notifyCommissioner, String communicateDataSubjects,
                                     List<Deadline> deadlines, boolean late, boolean reasonsForDelayRequired,
                                     boolean overdue, Dspt dspt, List<Check> checklist, String assessedAt,
                                     List<StepJson> explanation) {
        /** The JSON of an assessment. */
        public static AssessmentResponse of(BreachAssessment a) {
            return new AssessmentResponse(
                    new EnisaResult(a.enisa().dpc(), a.enisa().ei().toBigDecimal(), a.enisa().cb().toBigDecimal(),
                            a.enisa().score().toBigDecimal(), a.enisa().band().name(),
                            a.enisa().flags().stream().map(Enum::name).sorted().toList()),
                    a.riskTier().name(), a.computedRiskTier().name(), a.rules().stream().map(Enum::name).toList(),
                    new Commissioner(a.notifyCommissioner().required(),
                            a.notifyCommissioner().findDeadline().map(DEADLINE::format).orElse(null),
                            a.notifyCommissioner().regime() == null ? null : a.notifyCommissioner().regime().name(),
                            a.notifyCommissioner().authority()),
                    a.communicateDataSubjects().name(),
                    a.deadlines().stream().map(BreachAssessmentResource::deadlineOf).toList(),
                    a.late(), a.reasonsForDelayRequired(), a.overdue(),
                    a.findDspt().map(d -> new Dspt(d.grade().likelihood(), d.grade().severity(), d.derived(),
                            d.reportable(), d.escalated())).orElse(null),
                    a.checklist().stream().map(c -> new Check(c.item(), c.provision(), c.provided())).toList(),
                    a.assessedAt().toString(), StepJson.of(a.explanation()));
        }
    }

    /**
     * One item the report to the regulator must contain.
     *
     * @param item      what
     * @param provision where the law asks for it
     * @param provided  whether the facts given provide it
     */
    public record Check(String item, String provision, boolean provided) {
    }

    /**
     * ENISA severity: SE = DPC x EI + CB.
     *
     * @param dpc   data processing context
     * @param ei    ease of identification
     * @param cb    circumstances
     * @param score SE
     * @param band  LOW, MEDIUM, HIGH or VERY_HIGH
     * @param flags flags raised
     */
    public record EnisaResult(int dpc, BigDecimal ei, BigDecimal cb, BigDecimal score, String band, List<String> flags) {
    }

    /**
     * The Commissioner decision.
     *
     * @param required  notification is due
     * @param deadline  by when (Europe/London offset)
     * @param regime    the regime whose duty governs
     * @param authority the regulator's name
     */
    public record Commissioner(boolean required, String deadline, String regime, String authority) {
    }

    /**
     * One time limit.
     *
     * @param regime    the regime
     * @param recipient who must be told
     * @param required  whether the facts make it due
     * @param hours     the limit in hours
     * @param deadline  the last on-time moment (Europe/London offset)
     */
    public record Deadline(String regime, String recipient, boolean required, int hours, String deadline) {
    }

    /**
     * The NHS DSPT outcome.
     *
     * @param likelihood 1 to 5
     * @param severity   1 to 5
     * @param derived    derived from the facts rather than given
     * @param reportable reportable through the DSPT tool
     * @param escalated  also notified to DHSC / NHS England
     */
    public record Dspt(int likelihood, int severity, boolean derived, boolean reportable, boolean escalated) {
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Assess a personal data breach: severity, risk, notification decisions and deadlines")
    public AssessmentResponse assess(AssessmentRequest request) {
        return AssessmentResponse.of(assessor.assess(factsOf(request)));
    }

    static Deadline deadlineOf(NotificationDeadline d) {
        return new Deadline(d.regime().name(), d.recipient(), d.required(), d.hours(), DEADLINE.format(d.deadline()));
    }

    /**
     * The domain facts of {@code request}, every violation collected with its path.
     *
     * @throws ValidationException listing them
     */
    public static BreachFacts factsOf(AssessmentRequest request) {
        Bodies.required(request);
        ValidationException.Collector problems = ValidationException.collector();
        EnisaInput enisa = enisa(request.enisa(), problems);
        List<Mitigation> mitigations = mitigations(request.mitigations(), problems);
        DsptGrade dspt = null;
        if (request.dspt() != null) {
            DsptJson d = request.dspt();
            if (d.likelihood() == null || d.severity() == null) {
                problems.add("dspt", "needs likelihood and severity (1 to 5)", null);
            } else {
                try {
                    dspt = DsptGrade.of(d.likelihood(), d.severity());
                } catch (ValidationException e) {
                    problems.addAll("dspt", e);
                }
            }
        }
        TierOverride override = null;
        if (request.override() != null) {
            try {
                override = TierOverride.of(request.override().tier(), request.override().justification());
            } catch (ValidationException e) {
                problems.addAll("override", e);
            }
        }
        ReportDetails report = null;
        if (request.report() != null) {
            ReportJson r = request.report();
            try {
                report = new ReportDetails(r.description(), r.howDiscovered(), r.occurredAt(), isTrue(r.cyberIncident()),
                        r.categoriesOfDataSubjects(), r.categoriesOfPersonalData(), r.approximateRecords(),
                        r.contactPoint(), r.likelyConsequences(), r.measuresTaken());
            } catch (ValidationException e) {
                problems.addAll("report", e);
            }
        }
        requireNoNulls(request.regimes(), "regimes", problems);
        requireNoNulls(request.breachTypes(), "breachTypes", problems);
        if (request.enisa() == null) {
            problems.add("enisa", "is required (ENISA DPC, EI and CB scores)", null);
        }
        problems.throwIfAny();
        return new BreachFacts(request.awareness(), request.awarenessSource(), request.regimes(),
                request.breachTypes(), enisa, request.protection(), isTrue(request.specialCategories()),
                isTrue(request.identityFraudData()), request.individuals(), isTrue(request.vulnerableSubjects()),
                request.exfiltration(), isTrue(request.backupAvailable()), request.restorationHours(),
                request.effectOnIndividuals(), mitigations, isTrue(request.significantServiceImpact()),
                isTrue(request.disproportionateEffort()), isTrue(request.commissionerRequiresCommunication()), dspt,
                request.notifiedAt(), request.reasonsForDelay(), override, report);
    }

    private static EnisaInput enisa(EnisaJson json, ValidationException.Collector problems) {
        if (json == null) {
            return null;
        }
        ValidationException.Collector own = ValidationException.collector();
        BigDecimal ei = bounded(json.ei(), "ei", own);
        BigDecimal c = bounded(orZero(json.confidentiality()), "confidentiality", own);
        BigDecimal i = bounded(orZero(json.integrity()), "integrity", own);
        BigDecimal a = bounded(orZero(json.availability()), "availability", own);
        List<CategoryScore> categories = new ArrayList<>();
        List<CategoryJson> given = json.dataCategories() == null ? List.of() : json.dataCategories();
        for (int k = 0; k < given.size(); k++) {
            CategoryJson cat = given.get(k);
            String path = "dataCategories[" + k + "]";
            if (cat == null || cat.category() == null || cat.score() == null) {
                own.add(path, "needs a category and a score", null);
                continue;
            }
            int basic = cat.basic() == null ? cat.category().basicScore() : cat.basic();
            try {
                categories.add(new CategoryScore(cat.category(), basic, cat.score(), cat.justification()));
            } catch (ValidationException e) {
                own.addAll(path, e);
            }
        }
        boolean categoriesRefused = !own.isEmpty();
        EnisaInput input = null;
        try {
            input = EnisaInput.parse(json.dpc(), categories, ei, c, i, a, isTrue(json.malicious()));
        } catch (ValidationException e) {
            // with a category refused, a dpc "not the highest category" complaint would only be noise
            e.violations().stream().filter(v -> !(categoriesRefused && v.path().equals("dpc")))
                    .forEach(v -> own.add(v.path(), v.message(), v.rejectedValue()));
        }
        own.violations().forEach(v -> problems.add(v.under("enisa").path(), v.message(), v.rejectedValue()));
        return input;
    }

    private static BigDecimal bounded(BigDecimal value, String path, ValidationException.Collector problems) {
        if (value != null && (value.abs().compareTo(LARGEST_SCORE) > 0 || value.scale() > 4)) {
            problems.add(path, "must be a multiple of 0.25 within the ENISA scale", null);
            return null;
        }
        return value;
    }

    private static List<Mitigation> mitigations(List<MitigationJson> given, ValidationException.Collector problems) {
        List<Mitigation> mitigations = new ArrayList<>();
        if (given == null) {
            return mitigations;
        }
        for (int k = 0; k < given.size(); k++) {
            MitigationJson m = given.get(k);
            String path = "mitigations[" + k + "]";
            if (m == null || m.kind() == null) {
                problems.add(path + ".kind", "is required: one of " + List.of(MitigationKind.values()), null);
                continue;
            }
            try {
                mitigations.add(new Mitigation(m.kind(), m.description() == null ? "" : m.description(), isTrue(m.verified())));
            } catch (ValidationException e) {
                problems.addAll(path, e);
            }
        }
        return mitigations;
    }

    private static <E extends Enum<E>> void requireNoNulls(Set<E> values, String path,
                                                           ValidationException.Collector problems) {
        if (values != null && values.contains(null)) {
            problems.add(path, "must not contain null", null);
        }
    }

    private static BigDecimal orZero(BigDecimal value) {
        return value == null ? BigDecimal.ZERO : value;
    }

    private static boolean isTrue(Boolean value) {
        return Boolean.TRUE.equals(value);
    }
}
