package org.igkit.rest.breach;

import java.math.BigDecimal;
import java.time.format.DateTimeFormatter;
import java.util.List;

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
import org.igkit.breach.facts.BreachFacts;
import org.igkit.rest.auth.Calculator;
import org.igkit.rest.explain.StepJson;
import org.igkit.rest.http.Bodies;

/**
 * {@code POST /v1/breaches/assessments}: a personal data breach assessment with no storage: ENISA severity, risk
 * tier, whether and by when to notify the Commissioner, whether to tell data subjects, the Art 33(3) checklist.
 *
 * <p>The body is the breach facts in their own field names (spec breach.md §8.1), read by ig-json's mapping of
 * {@link BreachFacts}: absent flags are false, ENISA scores are decimals, and every violation is reported at once
 * with its path (422). The answer is a response record of its own: it deliberately differs from
 * {@link BreachAssessment} (deadlines with their Europe/London offset, scores as decimals, rules and flags by name).
 */
@Path("/v1/breaches/assessments")
@Calculator
@Tag(name = "calculators")
public final class BreachAssessmentResource {
    /** Deadlines are shown with their Europe/London offset and whole seconds: 2024-04-01T17:00:00+01:00. */
    private static final DateTimeFormatter DEADLINE = DateTimeFormatter.ISO_OFFSET_DATE_TIME;

    private final BreachAssessor assessor;

    public BreachAssessmentResource(BreachAssessor assessor) {
        this.assessor = assessor;
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

    /** @param facts the facts of the breach; absent optional values take the conservative default */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Assess a personal data breach: severity, risk, notification decisions and deadlines")
    public AssessmentResponse assess(BreachFacts facts) {
        return AssessmentResponse.of(assessor.assess(Bodies.required(facts)));
    }

    private static Deadline deadlineOf(NotificationDeadline d) {
        return new Deadline(d.regime().name(), d.recipient(), d.required(), d.hours(), DEADLINE.format(d.deadline()));
    }
}
