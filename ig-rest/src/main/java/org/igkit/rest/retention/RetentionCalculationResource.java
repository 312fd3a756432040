package org.igkit.rest.retention;

import java.time.Clock;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import com.fasterxml.jackson.databind.JsonNode;

import org.igkit.core.error.ValidationException;
import org.igkit.rest.auth.Calculator;
import org.igkit.rest.explain.StepJson;
import org.igkit.rest.http.Bodies;
import org.igkit.json.FourDigitYears;
import org.igkit.rest.http.EnumFields;
import org.igkit.retention.calculation.RetentionCalculator;
import org.igkit.retention.calculation.RetentionResult;
import org.igkit.retention.hold.LegalHold;
import org.igkit.retention.review.Review;
import org.igkit.retention.rule.LeapDayPolicy;
import org.igkit.retention.rule.RecordFacts;
import org.igkit.retention.rule.RetentionCalendar;
import org.igkit.retention.rule.RetentionRule;
import org.igkit.retention.rule.RuleText;
import org.igkit.retention.schedule.DisposalAction;

/**
 * {@code POST /v1/retention/calculations}: the retention calculator with no storage. A rule (as JSON or as
 * shorthand text), the disposal action, the record's facts, its holds and reviews, and the date to answer for, in;
 * the status, due date, action, eligibility and the explanation out.
 */
@Path("/v1/retention/calculations")
@Calculator
@Tag(name = "calculators")
public final class RetentionCalculationResource {
    private final RetentionCalendar organisation;
    private final Clock clock;

    /**
     * @param organisation the organisation's year starts and leap-day policy (options override them per request)
     * @param clock        today's date when a request gives no {@code asOf}
     */
    public RetentionCalculationResource(RetentionCalendar organisation, Clock clock) {
        this.organisation = organisation;
        this.clock = clock;
    }

    /**
     * The request.
     *
     * @param rule     the rule as a JSON expression (or give {@code ruleText})
     * @param ruleText the rule in shorthand, e.g. {@code CFY(processed) + 6y}
     * @param action   the disposal action, e.g. SECURE_DESTROY
     * @param facts    the record's facts: dates (YYYY-MM-DD) and flags (true/false) by name
     * @param holds    legal holds on the record
     * @param reviews  reviews of the record
     * @param asOf     the date to answer for; default today
     * @param options  overrides of the organisation's calendar settings
     */
    public record CalculationRequest(RuleJson rule, String ruleText, String action, Map<String, JsonNode> facts,
                                     List<HoldJson> holds, List<ReviewJson> reviews, LocalDate asOf, OptionsJson options) {
    }

    /**
     * A legal hold.
     *
     * @param id         the hold's id
     * @param reason     why it was placed
     * @param placedOn   when
     * @param releasedOn when it was released, if it was
     */
    public record HoldJson(String id, String reason, LocalDate placedOn, LocalDate releasedOn) {
    }

    /**
     * Calendar overrides.
     *
     * @param financialYearStart {@code --MM-DD}
     * @param academicYearStart  {@code --MM-DD}
     * @param taxYearStart       {@code --MM-DD}
     * @param leapDayPolicy      FEB_28 or MARCH_1
     */
    public record OptionsJson(String financialYearStart, String academicYearStart, String taxYearStart,
                              String leapDayPolicy) {
    }

    /**
     * The answer.
     *
     * @param status       DUE, NOT_YET_DUE, HELD, PENDING or PERMANENT
     * @param dueDate      the due date; null when PENDING or PERMANENT
     * @param action       the disposal action
     * @param eligibleNow  whether the action may be taken as of {@code asOf}
     * @param blockedByHold whether a hold in force blocks it
     * @param missingFacts the facts whose absence makes it PENDING
     * @param holdsInForce the ids of holds in force on {@code asOf}
     * @param asOf         the date answered for
     * @param rule         the rule applied, in shorthand
     * @param explanation  the steps taken, with citations
     */
    public record CalculationResponse(String status, LocalDate dueDate, String action, boolean eligibleNow,
                                      boolean blockedByHold, List<String> missingFacts, List<String> holdsInForce,
                                      LocalDate asOf, String rule, List<StepJson> explanation) {
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Calculate when a record's retention ends and whether its disposal is due")
    public CalculationResponse calculate(CalculationRequest request) {
        Bodies.required(request);
        ValidationException.Collector problems = ValidationException.collector();
        RetentionRule rule = rule(request, problems);
        DisposalAction action = EnumFields.named(DisposalAction.class, request.action(), "action", true, problems);
        RecordFacts facts = RetentionInputs.facts(request.facts(), "", problems);
        List<LegalHold> holds = holds(request.holds(), problems);
        List<Review> reviews = RetentionInputs.reviews(request.reviews(), problems);
        RetentionCalendar calendar = calendar(request.options(), problems);
        problems.throwIfAny();
        LocalDate asOf = request.asOf() != null ? request.asOf() : LocalDate.now(clock);
        RetentionResult result = RetentionCalculator.using(calendar).calculate(rule, action, facts, holds, reviews, asOf);
        return new CalculationResponse(result.status().name(), result.dueDate(), result.action().name(),
                result.eligibleNow(), result.blockedByHold(), List.copyOf(new java.util.TreeSet<>(result.missingFacts())),
                result.holdsInForce().stream().map(LegalHold::id).toList(), asOf, rule.toText(),
                StepJson.of(result.explanation()));
    }

    private static RetentionRule rule(CalculationRequest request, ValidationException.Collector problems) {
        if ((request.rule() == null) == (request.ruleText() == null)) {
            problems.add("rule", "give exactly one of rule (a JSON expression) or ruleText (shorthand)", null);
            return null;
        }
        try {
            return request.rule() != null ? request.rule().toRule("rule") : RuleText.parse(request.ruleText(), "ruleText");
        } catch (ValidationException e) {
            problems.addAll("", e);
            return null;
        }
    }

    private static List<LegalHold> holds(List<HoldJson> given, ValidationException.Collector problems) {
        List<LegalHold> holds = new ArrayList<>();
        if (given == null) {
            return holds;
        }
        for (int i = 0; i < given.size(); i++) {
            HoldJson hold = given.get(i);
            String path = "holds[" + i + "]";
            if (hold == null) {
                problems.add(path, "is required", null);
                continue;
            }
            try {
                holds.add(LegalHold.of(hold.id(), hold.reason(), hold.placedOn(), hold.releasedOn()));
            } catch (ValidationException e) {
                problems.addAll(path, e);
            }
        }
        return holds;
    }

    private RetentionCalendar calendar(OptionsJson options, ValidationException.Collector problems) {
        if (options == null) {
            return organisation;
        }
        MonthDay financial = monthDay(options.financialYearStart(), organisation.financialYearStart(),
                "options.financialYearStart", problems);
        MonthDay academic = monthDay(options.academicYearStart(), organisation.academicYearStart(),
                "options.academicYearStart", problems);
        MonthDay tax = monthDay(options.taxYearStart(), organisation.taxYearStart(), "options.taxYearStart", problems);
        LeapDayPolicy leap = options.leapDayPolicy() == null ? organisation.leapDayPolicy()
                : EnumFields.named(LeapDayPolicy.class, options.leapDayPolicy(), "options.leapDayPolicy", true, problems);
        try {
            return leap == null ? organisation : RetentionCalendar.of(financial, academic, tax, leap);
        } catch (ValidationException e) {
            problems.addAll("options", e);
            return organisation;
        }
    }

    private static MonthDay monthDay(String text, MonthDay fallback, String path, ValidationException.Collector problems) {
        if (text == null) {
            return fallback;
        }
        try {
            return MonthDay.parse(text);
        } catch (DateTimeParseException e) {
            problems.add(path, "must be a month-day, --MM-DD", text);
            return fallback;
        }
    }
}
