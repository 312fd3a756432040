package org.igkit.examples.conformance;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import org.igkit.breach.assessment.BreachAssessment;
import org.igkit.breach.assessment.BreachAssessor;
import org.igkit.breach.facts.AwarenessSource;
import org.igkit.breach.facts.BreachFacts;
import org.igkit.breach.facts.BreachType;
import org.igkit.breach.facts.CategoryScore;
import org.igkit.breach.facts.DataCategory;
import org.igkit.breach.facts.DsptGrade;
import org.igkit.breach.facts.EffectOnIndividuals;
import org.igkit.breach.facts.EnisaInput;
import org.igkit.breach.facts.Exfiltration;
import org.igkit.breach.facts.KnownRecipients;
import org.igkit.breach.facts.Mitigation;
import org.igkit.breach.facts.MitigationKind;
import org.igkit.breach.facts.Protection;
import org.igkit.breach.facts.Regime;
import org.igkit.breach.facts.RiskTier;
import org.igkit.breach.facts.TierOverride;
import org.igkit.core.Nation;
import org.igkit.core.error.ValidationException;
import org.igkit.core.explain.Explanation;
import org.igkit.requests.calendar.BankHolidayCalendar;
import org.igkit.requests.calendar.DateRange;
import org.igkit.requests.engine.DeadlineEngine;
import org.igkit.requests.engine.DeadlineQuery;
import org.igkit.requests.engine.DeadlineResult;
import org.igkit.requests.regime.RegimeId;
import org.igkit.requests.regime.RequestEvent;
import org.igkit.requests.school.TermDatesSchoolCalendar;
import org.igkit.retention.calculation.RetentionCalculator;
import org.igkit.retention.calculation.RetentionResult;
import org.igkit.retention.hold.LegalHold;
import org.igkit.retention.review.Review;
import org.igkit.retention.review.ReviewOutcome;
import org.igkit.retention.rule.Condition;
import org.igkit.retention.rule.LeapDayPolicy;
import org.igkit.retention.rule.Offset;
import org.igkit.retention.rule.PeriodKind;
import org.igkit.retention.rule.RecordFacts;
import org.igkit.retention.rule.RetentionCalendar;
import org.igkit.retention.rule.RetentionRule;
import org.igkit.retention.rule.RuleText;
import org.igkit.retention.schedule.DisposalAction;

/**
 * The three stateless calculators through the Java API: each takes a request body of the HTTP contract (issue 8,
 * "The stateless calculators") and answers with the response body's fields, so that the same conformance files run
 * through Java and HTTP. This is also a worked example of mapping the JSON shapes onto the domain: every bad input
 * becomes a {@link ValidationException} whose paths are the JSON field paths.
 */
public final class JavaCalculators {
    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
    /** A clock far from every case: the files always give asOf, so no answer may depend on it. */
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2030-01-01T12:00:00Z"), ZoneOffset.UTC);
    private static final DeadlineEngine DEADLINES = DeadlineEngine.shipped(CLOCK);
    private static final BreachAssessor BREACHES = BreachAssessor.withDefaults(CLOCK);

    private JavaCalculators() {
    }

    /** The calculator of a suite. */
    public static Function<JsonNode, JsonNode> of(String suite) {
        switch (suite) {
            case "deadlines":
                return JavaCalculators::deadline;
            case "retention":
                return JavaCalculators::retention;
            case "breach":
                return JavaCalculators::breach;
            default:
                throw new IllegalArgumentException("no suite " + suite);
        }
    }

    // ---------------------------------------------------------------- POST /v1/deadlines

    /** {@code POST /v1/deadlines} through {@link DeadlineEngine}. */
    public static JsonNode deadline(JsonNode body) {
        ValidationException.Collector problems = ValidationException.collector();
        RegimeId regime = attempt(problems, "", () -> RegimeId.parse(text(body, "regime")));
        Nation nation = body.hasNonNull("nation") ? Nation.valueOf(text(body, "nation")) : Nation.ENGLAND;
        problems.throwIfAny();
        DeadlineQuery query = attempt(problems, "", () -> DeadlineQuery.parse(regime, nation, text(body, "received")));
        List<RequestEvent> events = new ArrayList<>();
        JsonNode given = body.path("events");
        for (int i = 0; i < given.size(); i++) {
            JsonNode e = given.get(i);
            RequestEvent event = attempt(problems, "events[" + i + "]", () -> RequestEvent.parse(text(e, "type"), text(e, "date")));
            if (event != null) {
                events.add(event);
            }
        }
        TermDatesSchoolCalendar school = null;
        if (body.hasNonNull("schoolCalendar")) {
            JsonNode s = body.get("schoolCalendar");
            school = attempt(problems, "schoolCalendar", () -> TermDatesSchoolCalendar.of("request",
                    ranges(s.path("terms")), ranges(s.path("closures")), nation, BankHolidayCalendar.shipped()));
        }
        problems.throwIfAny();
        DeadlineQuery full = query.withEvents(events);
        if (body.hasNonNull("asOf")) {
            full = full.withAsOf(LocalDate.parse(text(body, "asOf")));
        }
        if (school != null) {
            full = full.withSchoolCalendar(school);
        }
        DeadlineResult r = DEADLINES.calculate(full);
        return JSON.valueToTree(fields(
                "regime", r.regime().name(),
                "dueDate", r.dueDate(),
                "latestDueDate", r.latestDueDate(),
                "status", r.status().code(),
                "explanation", steps(r.explanation()),
                "calendarVersion", r.calendarVersion(),
                "projected", r.projected()));
    }

    private static List<DateRange> ranges(JsonNode given) {
        List<DateRange> ranges = new ArrayList<>();
        for (JsonNode r : given) {
            ranges.add(DateRange.parse(text(r, "start"), text(r, "end")));
        }
        return ranges;
    }

    // ---------------------------------------------------------------- POST /v1/retention/calculations

    /** {@code POST /v1/retention/calculations} through {@link RetentionCalculator}. */
    public static JsonNode retention(JsonNode body) {
        ValidationException.Collector problems = ValidationException.collector();
        RetentionRule rule = body.hasNonNull("rule")
                ? attempt(problems, "", () -> rule(body.get("rule"), "rule"))
                : attempt(problems, "", () -> RuleText.parse(text(body, "ruleText"), "ruleText"));
        DisposalAction action = DisposalAction.valueOf(text(body, "action"));
        Map<String, Object> factValues = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> fact : body.path("facts").properties()) {
            factValues.put(fact.getKey(), fact.getValue().isBoolean() ? (Object) fact.getValue().booleanValue()
                    : LocalDate.parse(fact.getValue().asText()));
        }
        RecordFacts facts = attempt(problems, "facts", () -> RecordFacts.from(factValues));
        List<LegalHold> holds = new ArrayList<>();
        JsonNode givenHolds = body.path("holds");
        for (int i = 0; i < givenHolds.size(); i++) {
            JsonNode h = givenHolds.get(i);
            LegalHold hold = attempt(problems, "holds[" + i + "]", () -> LegalHold.of(text(h, "id"), text(h, "reason"),
                    date(h, "placedOn"), date(h, "releasedOn")));
            if (hold != null) {
                holds.add(hold);
            }
        }
        List<Review> reviews = new ArrayList<>();
        JsonNode givenReviews = body.path("reviews");
        for (int i = 0; i < givenReviews.size(); i++) {
            JsonNode r = givenReviews.get(i);
            Review review = attempt(problems, "reviews[" + i + "]", () -> new Review(date(r, "reviewedOn"),
                    ReviewOutcome.valueOf(text(r, "outcome")), r.hasNonNull("extendBy") ? offset(r.get("extendBy")) : null,
                    date(r, "until"), r.hasNonNull("nextAction") ? DisposalAction.valueOf(text(r, "nextAction")) : null,
                    null, text(r, "reason")));
            if (review != null) {
                reviews.add(review);
            }
        }
        RetentionCalendar calendar = RetentionCalendar.ukDefaults();
        if (body.hasNonNull("options")) {
            JsonNode o = body.get("options");
            calendar = attempt(problems, "options", () -> RetentionCalendar.of(
                    monthDay(o, "financialYearStart", "--04-01"), monthDay(o, "academicYearStart", "--09-01"),
                    monthDay(o, "taxYearStart", "--04-06"),
                    LeapDayPolicy.valueOf(o.path("leapDayPolicy").asText("FEB_28"))));
        }
        problems.throwIfAny();
        RetentionResult r = RetentionCalculator.using(calendar).calculate(rule, action, facts, holds, reviews,
                LocalDate.parse(text(body, "asOf")));
        return JSON.valueToTree(fields(
                "status", r.status().name(),
                "dueDate", r.dueDate(),
                "action", r.action().name(),
                "eligibleNow", r.eligibleNow(),
                "blockedByHold", r.blockedByHold(),
                "missingFacts", List.copyOf(r.missingFacts()),
                "holdsInForce", r.holdsInForce().stream().map(LegalHold::id).toList(),
                "explanation", steps(r.explanation())));
    }

    /** A rule of the JSON wire form (docs/retention.md §3.2). */
    static RetentionRule rule(JsonNode node, String path) {
        if (node.has("fact")) {
            return RetentionRule.fact(node.get("fact").asText());
        }
        if (node.has("plus")) {
            JsonNode p = node.get("plus");
            return new RetentionRule.Plus(rule(p.get("of"), path + ".plus.of"), offset(p));
        }
        if (node.has("endOf")) {
            JsonNode e = node.get("endOf");
            return new RetentionRule.EndOf(rule(e.get("of"), path + ".endOf.of"), PeriodKind.valueOf(text(e, "period")),
                    e.hasNonNull("yearStart") ? MonthDay.parse(text(e, "yearStart")) : null);
        }
        if (node.has("laterOf")) {
            return new RetentionRule.LaterOf(rules(node.get("laterOf"), path + ".laterOf"));
        }
        if (node.has("earlierOf")) {
            return new RetentionRule.EarlierOf(rules(node.get("earlierOf"), path + ".earlierOf"));
        }
        if (node.path("permanent").asBoolean(false)) {
            return RetentionRule.permanent();
        }
        if (node.has("when")) {
            JsonNode w = node.get("when");
            return new RetentionRule.When(condition(w.get("condition")), rule(w.get("then"), path + ".when.then"),
                    rule(w.get("else"), path + ".when.else"));
        }
        throw new ValidationException(path, "is not a rule expression", node.toString());
    }

    private static List<RetentionRule> rules(JsonNode array, String path) {
        List<RetentionRule> rules = new ArrayList<>();
        for (int i = 0; i < array.size(); i++) {
            rules.add(rule(array.get(i), path + "[" + i + "]"));
        }
        return rules;
    }

    private static Condition condition(JsonNode node) {
        if (node.has("present")) {
            return new Condition.Present(node.get("present").asText());
        }
        if (node.has("flag")) {
            return new Condition.Flag(node.get("flag").asText());
        }
        if (node.has("ageAtAtLeast")) {
            JsonNode a = node.get("ageAtAtLeast");
            return new Condition.AgeAtLeast(a.path("birth").asText("dateOfBirth"), text(a, "at"), a.path("years").asInt());
        }
        if (node.has("not")) {
            return new Condition.Not(condition(node.get("not")));
        }
        List<Condition> operands = new ArrayList<>();
        for (JsonNode c : node.has("allOf") ? node.get("allOf") : node.path("anyOf")) {
            operands.add(condition(c));
        }
        return node.has("allOf") ? new Condition.AllOf(operands) : new Condition.AnyOf(operands);
    }

    private static Offset offset(JsonNode node) {
        return Offset.of(node.path("years").asInt(0), node.path("months").asInt(0), node.path("days").asInt(0));
    }

    private static MonthDay monthDay(JsonNode node, String field, String fallback) {
        return MonthDay.parse(node.path(field).asText(fallback));
    }

    // ---------------------------------------------------------------- POST /v1/breaches/assessments

    /** {@code POST /v1/breaches/assessments} through {@link BreachAssessor}. */
    public static JsonNode breach(JsonNode body) {
        ValidationException.Collector problems = ValidationException.collector();
        EnisaInput enisa = null;
        if (body.hasNonNull("enisa")) {
            JsonNode e = body.get("enisa");
            List<CategoryScore> categories = new ArrayList<>();
            JsonNode given = e.path("dataCategories");
            for (int i = 0; i < given.size(); i++) {
                JsonNode c = given.get(i);
                DataCategory category = DataCategory.valueOf(text(c, "category"));
                CategoryScore score = attempt(problems, "enisa.dataCategories[" + i + "]", () -> new CategoryScore(category,
                        c.path("basic").asInt(category.basicScore()), c.path("score").asInt(), c.path("justification").asText(null)));
                if (score != null) {
                    categories.add(score);
                }
            }
            enisa = attempt(problems, "enisa", () -> EnisaInput.parse(e.hasNonNull("dpc") ? e.get("dpc").asInt() : null,
                    categories, decimal(e, "ei"), decimalOrZero(e, "confidentiality"), decimalOrZero(e, "integrity"),
                    decimalOrZero(e, "availability"), e.path("malicious").asBoolean(false)));
        }
        List<Mitigation> mitigations = new ArrayList<>();
        JsonNode givenMitigations = body.path("mitigations");
        for (int i = 0; i < givenMitigations.size(); i++) {
            JsonNode m = givenMitigations.get(i);
            Mitigation mitigation = attempt(problems, "mitigations[" + i + "]", () -> new Mitigation(
                    MitigationKind.valueOf(text(m, "kind")), m.path("description").asText(""), m.path("verified").asBoolean(false)));
            if (mitigation != null) {
                mitigations.add(mitigation);
            }
        }
        DsptGrade dspt = body.hasNonNull("dspt") ? attempt(problems, "dspt",
                () -> DsptGrade.of(body.get("dspt").path("likelihood").asInt(), body.get("dspt").path("severity").asInt())) : null;
        TierOverride override = body.hasNonNull("override") ? attempt(problems, "override",
                () -> TierOverride.of(RiskTier.valueOf(text(body.get("override"), "tier")),
                        body.get("override").path("justification").asText(null))) : null;
        KnownRecipients knownRecipients = null;
        if (body.hasNonNull("knownRecipients")) {
            try {
                knownRecipients = KnownRecipients.of(body.get("knownRecipients").asInt());
            } catch (ValidationException e) {
                e.violations().forEach(v -> problems.add("knownRecipients", v.message(), v.rejectedValue()));
            }
        }
        problems.throwIfAny();
        BreachFacts facts = new BreachFacts(dateTime(body, "awareness"),
                body.hasNonNull("awarenessSource") ? AwarenessSource.valueOf(text(body, "awarenessSource")) : null,
                enums(body.path("regimes"), Regime.class), enums(body.path("breachTypes"), BreachType.class), enisa,
                body.hasNonNull("protection") ? Protection.valueOf(text(body, "protection")) : null,
                flag(body, "specialCategories"), flag(body, "identityFraudData"),
                body.hasNonNull("individuals") ? body.get("individuals").asInt() : null, flag(body, "vulnerableSubjects"),
                body.hasNonNull("exfiltration") ? Exfiltration.valueOf(text(body, "exfiltration")) : null,
                flag(body, "backupAvailable"), body.hasNonNull("restorationHours") ? body.get("restorationHours").asInt() : null,
                body.hasNonNull("effectOnIndividuals") ? EffectOnIndividuals.valueOf(text(body, "effectOnIndividuals")) : null,
                mitigations, flag(body, "significantServiceImpact"), flag(body, "disproportionateEffort"),
                flag(body, "commissionerRequiresCommunication"), dspt, dateTime(body, "notifiedAt"),
                body.path("reasonsForDelay").asText(null), override, null, knownRecipients);
        BreachAssessment a = BREACHES.assess(facts);
        DateTimeFormatter iso = DateTimeFormatter.ISO_OFFSET_DATE_TIME;
        return JSON.valueToTree(fields(
                "enisa", fields("dpc", a.enisa().dpc(), "ei", a.enisa().ei().toBigDecimal(), "cb", a.enisa().cb().toBigDecimal(),
                        "score", a.enisa().score().toBigDecimal(), "band", a.enisa().band().name(),
                        "flags", a.enisa().flags().stream().map(Enum::name).sorted().toList()),
                "riskTier", a.riskTier().name(),
                "computedRiskTier", a.computedRiskTier().name(),
                "rules", a.rules().stream().map(Enum::name).toList(),
                "notifyCommissioner", fields("required", a.notifyCommissioner().required(),
                        "deadline", a.notifyCommissioner().findDeadline().map(iso::format).orElse(null),
                        "regime", a.notifyCommissioner().regime() == null ? null : a.notifyCommissioner().regime().name(),
                        "authority", a.notifyCommissioner().authority()),
                "communicateDataSubjects", a.communicateDataSubjects().name(),
                "deadlines", a.deadlines().stream().map(d -> fields("regime", d.regime().name(), "recipient", d.recipient(),
                        "required", d.required(), "hours", d.hours(), "deadline", iso.format(d.deadline()))).toList(),
                "late", a.late(),
                "reasonsForDelayRequired", a.reasonsForDelayRequired(),
                "overdue", a.overdue(),
                "dspt", a.findDspt().map(d -> fields("likelihood", d.grade().likelihood(), "severity", d.grade().severity(),
                        "derived", d.derived(), "reportable", d.reportable(), "escalated", d.escalated())).orElse(null),
                "checklist", a.checklist().stream().map(c -> fields("item", c.item(), "provision", c.provision(),
                        "provided", c.provided())).toList(),
                "explanation", steps(a.explanation())));
    }

    private static <E extends Enum<E>> Set<E> enums(JsonNode array, Class<E> type) {
        Set<E> values = EnumSet.noneOf(type);
        for (JsonNode v : array) {
            values.add(Enum.valueOf(type, v.asText()));
        }
        return values;
    }

    private static BigDecimal decimal(JsonNode node, String field) {
        return node.hasNonNull(field) ? node.get(field).decimalValue() : null;
    }

    private static BigDecimal decimalOrZero(JsonNode node, String field) {
        return node.hasNonNull(field) ? node.get(field).decimalValue() : BigDecimal.ZERO;
    }

    private static boolean flag(JsonNode node, String field) {
        return node.path(field).asBoolean(false);
    }

    private static OffsetDateTime dateTime(JsonNode node, String field) {
        return node.hasNonNull(field) ? OffsetDateTime.parse(text(node, field)) : null;
    }

    // ---------------------------------------------------------------- shared

    private interface Step<T> {
        T run();
    }

    /** Runs {@code step}, adding its violations under {@code prefix} and answering null when it refuses. */
    private static <T> T attempt(ValidationException.Collector problems, String prefix, Step<T> step) {
        try {
            return step.run();
        } catch (ValidationException e) {
            if (prefix.isEmpty()) {
                e.violations().forEach(v -> problems.add(v.path(), v.message(), v.rejectedValue()));
            } else {
                problems.addAll(prefix, e);
            }
            return null;
        }
    }

    private static String text(JsonNode node, String field) {
        return node.hasNonNull(field) ? node.get(field).asText() : null;
    }

    private static LocalDate date(JsonNode node, String field) {
        return node.hasNonNull(field) ? LocalDate.parse(node.get(field).asText()) : null;
    }

    private static List<Map<String, Object>> steps(Explanation explanation) {
        return explanation.steps().stream().map(s -> fields("text", s.text(),
                "citations", s.citations().stream().map(Object::toString).toList())).toList();
    }

    /** An ordered map of alternating keys and values; values may be null. */
    private static Map<String, Object> fields(Object... keysAndValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }
}
