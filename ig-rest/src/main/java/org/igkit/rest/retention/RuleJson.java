package org.igkit.rest.retention;

import java.time.MonthDay;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

import org.igkit.core.error.ValidationException;
import org.igkit.retention.rule.Condition;
import org.igkit.retention.rule.Offset;
import org.igkit.retention.rule.PeriodKind;
import org.igkit.retention.rule.RetentionRule;

/**
 * A retention rule as JSON: exactly one of {@code fact}, {@code plus}, {@code endOf}, {@code laterOf},
 * {@code earlierOf}, {@code permanent}, {@code when}. Unknown keys are refused by the JSON mapping (400); a node
 * with none or several of the keys, or values the rule refuses, is a 422 naming the path.
 *
 * @param fact      the value of a named date fact
 * @param plus      a rule plus an offset
 * @param endOf     the end of the period containing a rule's date
 * @param laterOf   the latest of two or more rules
 * @param earlierOf the earliest of two or more rules
 * @param permanent {@code true}: kept for ever
 * @param when      a rule chosen by a condition
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record RuleJson(String fact, PlusJson plus, EndOfJson endOf, List<RuleJson> laterOf, List<RuleJson> earlierOf,
                       Boolean permanent, WhenJson when) {

    /**
     * {@code {"of": <expr>, "years", "months", "days"}}.
     *
     * @param of     the rule whose date is offset
     * @param years  whole years, default 0
     * @param months whole months, default 0
     * @param days   days, default 0
     */
    public record PlusJson(RuleJson of, Integer years, Integer months, Integer days) {
    }

    /**
     * {@code {"of": <expr>, "period": "FINANCIAL_YEAR", "yearStart": "--09-01"}}.
     *
     * @param of        the rule whose date's period is ended
     * @param period    MONTH, QUARTER, CALENDAR_YEAR, FINANCIAL_YEAR, ACADEMIC_YEAR, TAX_YEAR or YEAR_STARTING
     * @param yearStart overrides the organisation's year start ({@code --MM-DD}); required for YEAR_STARTING
     */
    public record EndOfJson(RuleJson of, String period, String yearStart) {
    }

    /**
     * {@code {"condition": <cond>, "then": <expr>, "else": <expr>}}.
     *
     * @param condition the condition
     * @param then      the rule where it holds
     * @param otherwise the rule where it does not ({@code else} in JSON)
     */
    public record WhenJson(ConditionJson condition, RuleJson then, @JsonProperty("else") RuleJson otherwise) {
    }

    /**
     * A condition: exactly one of {@code present}, {@code flag}, {@code ageAtAtLeast}, {@code not}, {@code allOf},
     * {@code anyOf}.
     *
     * @param present      true when the named date fact is known
     * @param flag         true when the named flag fact is true
     * @param ageAtAtLeast true when the person was at least {@code years} old on the date fact {@code at}
     * @param not          the negation of a condition
     * @param allOf        every condition holds
     * @param anyOf        some condition holds
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ConditionJson(String present, String flag, AgeJson ageAtAtLeast, ConditionJson not,
                                List<ConditionJson> allOf, List<ConditionJson> anyOf) {
    }

    /**
     * {@code {"at": fact, "years": n, "birth": "dateOfBirth"}}.
     *
     * @param at    the date fact the age is taken on
     * @param years the age, 0 to 200
     * @param birth the birth-date fact, default {@code dateOfBirth}
     */
    public record AgeJson(String at, Integer years, String birth) {
    }

    /**
     * The rule this JSON describes.
     *
     * @param path where this node is in the request, for violations
     * @throws ValidationException every problem found in the tree, with its path
     */
    public RetentionRule toRule(String path) {
        ValidationException.Collector problems = ValidationException.collector();
        RetentionRule rule = toRule(path, problems);
        problems.throwIfAny();
        return rule;
    }

    private RetentionRule toRule(String path, ValidationException.Collector problems) {
        int given = count(fact, plus, endOf, laterOf, earlierOf, permanent, when);
        if (given != 1) {
            problems.add(path, "must have exactly one of fact, plus, endOf, laterOf, earlierOf, permanent, when"
                    + " (found " + given + ")", null);
            return null;
        }
        try {
            if (fact != null) {
                return RetentionRule.fact(fact);
            }
            if (permanent != null) {
                if (!permanent) {
                    problems.add(path + ".permanent", "can only be true", false);
                    return null;
                }
                return RetentionRule.permanent();
            }
            if (plus != null) {
                return plus(path + ".plus", problems);
            }
            if (endOf != null) {
                return endOf(path + ".endOf", problems);
            }
            if (laterOf != null) {
                List<RetentionRule> operands = operands(laterOf, path + ".laterOf", problems);
                return operands == null ? null : RetentionRule.laterOf(operands.toArray(RetentionRule[]::new));
            }
            if (earlierOf != null) {
                List<RetentionRule> operands = operands(earlierOf, path + ".earlierOf", problems);
                return operands == null ? null : RetentionRule.earlierOf(operands.toArray(RetentionRule[]::new));
            }
            return when(path + ".when", problems);
        } catch (ValidationException e) {
            problems.addAll(path, e);
            return null;
        }
    }

    private RetentionRule plus(String path, ValidationException.Collector problems) {
        RetentionRule of = required(plus.of(), path + ".of", problems);
        Offset offset;
        try {
            offset = Offset.of(orZero(plus.years()), orZero(plus.months()), orZero(plus.days()));
        } catch (ValidationException e) {
            problems.addAll(path, e);
            return null;
        }
        return of == null ? null : of.plus(offset);
    }

    private RetentionRule endOf(String path, ValidationException.Collector problems) {
        RetentionRule of = required(endOf.of(), path + ".of", problems);
        PeriodKind kind = null;
        if (endOf.period() == null) {
            problems.add(path + ".period", "is required: one of " + List.of(PeriodKind.values()), null);
        } else {
            try {
                kind = PeriodKind.valueOf(endOf.period().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                problems.add(path + ".period", "must be one of " + List.of(PeriodKind.values()), endOf.period());
            }
        }
        MonthDay start = null;
        if (endOf.yearStart() != null) {
            try {
                start = MonthDay.parse(endOf.yearStart());
            } catch (DateTimeParseException e) {
                problems.add(path + ".yearStart", "must be a month-day, --MM-DD", endOf.yearStart());
            }
        }
        if (of == null || kind == null || (endOf.yearStart() != null && start == null)) {
            return null;
        }
        try {
            return new RetentionRule.EndOf(of, kind, start);
        } catch (ValidationException e) {
            problems.add(path + ".yearStart", e.violations().get(0).message(), endOf.yearStart());
            return null;
        }
    }

    private RetentionRule when(String path, ValidationException.Collector problems) {
        Condition condition = when.condition() == null ? null : condition(when.condition(), path + ".condition", problems);
        if (when.condition() == null) {
            problems.add(path + ".condition", "is required", null);
        }
        RetentionRule then = required(when.then(), path + ".then", problems);
        RetentionRule otherwise = required(when.otherwise(), path + ".else", problems);
        return condition == null || then == null || otherwise == null ? null
                : RetentionRule.when(condition, then, otherwise);
    }

    private static RetentionRule required(RuleJson node, String path, ValidationException.Collector problems) {
        if (node == null) {
            problems.add(path, "is required", null);
            return null;
        }
        return node.toRule(path, problems);
    }

    private static List<RetentionRule> operands(List<RuleJson> nodes, String path, ValidationException.Collector problems) {
        if (nodes.size() < 2) {
            problems.add(path, "needs at least two operands", nodes.size());
            return null;
        }
        List<RetentionRule> rules = new ArrayList<>();
        for (int i = 0; i < nodes.size(); i++) {
            rules.add(required(nodes.get(i), path + "[" + i + "]", problems));
        }
        return rules.contains(null) ? null : rules;
    }

    private static Condition condition(ConditionJson node, String path, ValidationException.Collector problems) {
        int given = count(node.present(), node.flag(), node.ageAtAtLeast(), node.not(), node.allOf(), node.anyOf());
        if (given != 1) {
            problems.add(path, "must have exactly one of present, flag, ageAtAtLeast, not, allOf, anyOf (found "
                    + given + ")", null);
            return null;
        }
        try {
            if (node.present() != null) {
                return Condition.present(node.present());
            }
            if (node.flag() != null) {
                return Condition.flag(node.flag());
            }
            if (node.ageAtAtLeast() != null) {
                AgeJson age = node.ageAtAtLeast();
                boolean complete = true;
                if (age.at() == null) {
                    problems.add(path + ".ageAtAtLeast.at", "is required: the date fact the age is taken on", null);
                    complete = false;
                }
                if (age.years() == null) {
                    problems.add(path + ".ageAtAtLeast.years", "is required", null);
                    complete = false;
                }
                return complete ? new Condition.AgeAtLeast(age.birth() == null ? "dateOfBirth" : age.birth(),
                        age.at(), age.years()) : null;
            }
            if (node.not() != null) {
                Condition operand = condition(node.not(), path + ".not", problems);
                return operand == null ? null : Condition.not(operand);
            }
            boolean all = node.allOf() != null;
            List<ConditionJson> nodes = all ? node.allOf() : node.anyOf();
            String listPath = path + (all ? ".allOf" : ".anyOf");
            if (nodes.isEmpty()) {
                problems.add(listPath, "needs at least one condition", 0);
                return null;
            }
            List<Condition> operands = new ArrayList<>();
            for (int i = 0; i < nodes.size(); i++) {
                ConditionJson operand = nodes.get(i);
                if (operand == null) {
                    problems.add(listPath + "[" + i + "]", "is required", null);
                    operands.add(null);
                } else {
                    operands.add(condition(operand, listPath + "[" + i + "]", problems));
                }
            }
            if (operands.contains(null)) {
                return null;
            }
            Condition[] array = operands.toArray(Condition[]::new);
            return all ? Condition.allOf(array) : Condition.anyOf(array);
        } catch (ValidationException e) {
            problems.addAll(path, e);
            return null;
        }
    }

    private static int orZero(Integer value) {
        return value == null ? 0 : value;
    }

    private static int count(Object... values) {
        int n = 0;
        for (Object v : values) {
            if (v != null) {
                n++;
            }
        }
        return n;
    }
}
