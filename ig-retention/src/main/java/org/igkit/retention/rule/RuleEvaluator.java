package org.igkit.retention.rule;

import java.time.LocalDate;
import java.time.MonthDay;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

import org.igkit.core.explain.Citation;
import org.igkit.core.explain.Explanation;

/**
 * Evaluates a {@link RetentionRule} against a record's facts under an organisation's {@link RetentionCalendar}.
 * A missing fact counts as "+infinity" (not known or not happened yet), so the answer is never earlier than the
 * truth: {@code later} with an unknown operand is unknown; {@code earlier} ignores unknown operands unless all are
 * unknown; a condition that cannot be decided leaves the rule unknown. Immutable and thread-safe.
 *
 * <p>With an {@link Explanation.Builder} every step is recorded while computing, each citing the given citations;
 * without one (batch use) the same code runs and records nothing.
 */
public final class RuleEvaluator {
    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter DAY_OF_YEAR = DateTimeFormatter.ofPattern("d MMM", Locale.ENGLISH);
    private static final Citation AGE = Citation.of("Family Law Reform Act 1969", "s.9")
            .withUrl("https://www.legislation.gov.uk/ukpga/1969/46/section/9")
            .withNote("a person attains an age at the start of the relevant anniversary of their birth");

    private final RetentionCalendar calendar;

    private RuleEvaluator(RetentionCalendar calendar) {
        this.calendar = Objects.requireNonNull(calendar, "calendar");
    }

    /** An evaluator with the organisation's settings. */
    public static RuleEvaluator using(RetentionCalendar calendar) {
        return new RuleEvaluator(calendar);
    }

    /** The settings in use. */
    public RetentionCalendar calendar() {
        return calendar;
    }

    /** Evaluates without recording an explanation. */
    public RuleValue evaluate(RetentionRule rule, RecordFacts facts) {
        return evaluate(rule, facts, null, List.of());
    }

    /**
     * Evaluates, recording each step in {@code steps} (if not {@code null}) with {@code citations}.
     */
    public RuleValue evaluate(RetentionRule rule, RecordFacts facts, Explanation.Builder steps, List<Citation> citations) {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(facts, "facts");
        return eval(rule, facts, steps, citations);
    }

    /** "15 Jun 2012". */
    public static String format(LocalDate date) {
        return DAY.format(date);
    }

    private RuleValue eval(RetentionRule rule, RecordFacts facts, Explanation.Builder steps, List<Citation> cites) {
        if (rule instanceof RetentionRule.Fact f) {
            LocalDate date = facts.dateOrNull(f.name());
            if (date == null) {
                if (steps != null) {
                    steps.step(() -> f.name() + " is not recorded: not known, or not happened yet", cites);
                }
                return new RuleValue.Unknown(Set.of(f.name()));
            }
            if (steps != null) {
                steps.step(() -> f.name() + " is " + format(date), cites);
            }
            return new RuleValue.Dated(date);
        }
        if (rule instanceof RetentionRule.Plus p) {
            RuleValue of = eval(p.of(), facts, steps, cites);
            if (!(of instanceof RuleValue.Dated d)) {
                return of;
            }
            LocalDate result = p.offset().addTo(d.date(), calendar.leapDayPolicy());
            if (steps != null) {
                boolean leap = d.date().getMonthValue() == 2 && d.date().getDayOfMonth() == 29
                        && !(result.getMonthValue() == 2 && result.getDayOfMonth() == 29)
                        && p.offset().months() == 0 && p.offset().days() == 0;
                steps.step(() -> format(d.date()) + " + " + p.offset().toWords() + " = " + format(result) + (leap
                        ? " (29 February carried into a common year: leap-day policy " + calendar.leapDayPolicy() + ")"
                        : ""), cites);
            }
            return new RuleValue.Dated(result);
        }
        if (rule instanceof RetentionRule.EndOf e) {
            RuleValue of = eval(e.of(), facts, steps, cites);
            if (!(of instanceof RuleValue.Dated d)) {
                return of;
            }
            LocalDate start = calendar.startOfPeriod(d.date(), e.kind(), e.yearStart());
            LocalDate end = start.plusMonths(e.kind().lengthInMonths()).minusDays(1);
            if (steps != null) {
                steps.step(() -> format(d.date()) + " falls in " + describePeriod(e.kind(), e.yearStart(), start, end)
                        + ", which ends " + format(end), cites);
            }
            return new RuleValue.Dated(end);
        }
        if (rule instanceof RetentionRule.LaterOf l) {
            return later(l.operands(), facts, steps, cites);
        }
        if (rule instanceof RetentionRule.EarlierOf e) {
            return earlier(e.operands(), facts, steps, cites);
        }
        if (rule instanceof RetentionRule.When w) {
            return when(w, facts, steps, cites);
        }
        if (steps != null) {
            steps.step(() -> "the rule is permanent: the record is never due for disposal", cites);
        }
        return RuleValue.Never.INSTANCE;
    }

    private RuleValue later(List<RetentionRule> operands, RecordFacts facts, Explanation.Builder steps, List<Citation> cites) {
        LocalDate latest = null;
        boolean never = false;
        Set<String> missing = null;
        List<RuleValue> seen = steps == null ? null : new ArrayList<>();
        for (RetentionRule operand : operands) {
            RuleValue v = eval(operand, facts, steps, cites);
            if (v instanceof RuleValue.Dated d) {
                if (latest == null || d.date().isAfter(latest)) {
                    latest = d.date();
                }
                if (seen != null) {
                    seen.add(v);
                }
            } else if (v instanceof RuleValue.Unknown u) {
                missing = union(missing, u.missingFacts());
                if (seen != null) {
                    seen.add(v);
                }
            } else {
                never = true;
                if (seen != null) {
                    seen.add(v);
                }
            }
        }
        if (never) {
            if (steps != null) {
                steps.step(() -> "the later of " + describe(seen) + " is never: one operand is permanent", cites);
            }
            return RuleValue.Never.INSTANCE;
        }
        if (missing != null) {
            if (steps != null) {
                steps.step(() -> "the later of " + describe(seen) + " is not known yet: an unknown operand could "
                        + "be the later one", cites);
            }
            return new RuleValue.Unknown(missing);
        }
        if (steps != null) {
            LocalDate later = latest;
            steps.step(() -> "the later of " + describe(seen) + " is " + format(later), cites);
        }
        return new RuleValue.Dated(latest);
    }

    private RuleValue earlier(List<RetentionRule> operands, RecordFacts facts, Explanation.Builder steps, List<Citation> cites) {
        LocalDate earliest = null;
        Set<String> missing = null;
        List<RuleValue> seen = steps == null ? null : new ArrayList<>();
        for (RetentionRule operand : operands) {
            RuleValue v = eval(operand, facts, steps, cites);
            if (v instanceof RuleValue.Dated d) {
                if (earliest == null || d.date().isBefore(earliest)) {
                    earliest = d.date();
                }
                if (seen != null) {
                    seen.add(v);
                }
            } else if (v instanceof RuleValue.Unknown u) {
                missing = union(missing, u.missingFacts());
                if (seen != null) {
                    seen.add(v);
                }
            } else if (seen != null) {
                seen.add(v);
            }
        }
        if (earliest != null) {
            if (steps != null) {
                boolean ignored = missing != null;
                LocalDate first = earliest;
                steps.step(() -> "the earlier of " + describe(seen) + " is " + format(first) + (ignored
                        ? "; unknown operands are ignored: they could only make it earlier" : ""), cites);
            }
            return new RuleValue.Dated(earliest);
        }
        if (missing != null) {
            if (steps != null) {
                steps.step(() -> "the earlier of " + describe(seen) + " is not known yet: no operand is known", cites);
            }
            return new RuleValue.Unknown(missing);
        }
        if (steps != null) {
            steps.step(() -> "the earlier of " + describe(seen) + " is never: every operand is permanent", cites);
        }
        return RuleValue.Never.INSTANCE;
    }

    private RuleValue when(RetentionRule.When w, RecordFacts facts, Explanation.Builder steps, List<Citation> cites) {
        Set<String> conditionMissing = new TreeSet<>();
        Truth truth = test(w.condition(), facts, conditionMissing, steps, cites);
        if (truth == Truth.TRUE) {
            if (steps != null) {
                steps.step(() -> "the condition " + RuleText.print(w.condition()) + " holds", cites);
            }
            return eval(w.then(), facts, steps, cites);
        }
        if (truth == Truth.FALSE) {
            if (steps != null) {
                steps.step(() -> "the condition " + RuleText.print(w.condition()) + " does not hold", cites);
            }
            return eval(w.otherwise(), facts, steps, cites);
        }
        if (steps != null) {
            steps.step(() -> "the condition " + RuleText.print(w.condition()) + " cannot be decided without "
                    + String.join(", ", conditionMissing) + ": no branch is guessed", cites);
        }
        Set<String> missing = new TreeSet<>(conditionMissing);
        for (RetentionRule branch : List.of(w.then(), w.otherwise())) {
            RuleValue v = eval(branch, facts, null, cites);
            if (v instanceof RuleValue.Unknown u) {
                missing.addAll(u.missingFacts());
            }
        }
        return new RuleValue.Unknown(missing);
    }

    /** Three-valued truth. */
    private enum Truth {
        TRUE, FALSE, UNKNOWN;

        Truth not() {
            return this == TRUE ? FALSE : this == FALSE ? TRUE : UNKNOWN;
        }
    }

    private Truth test(Condition condition, RecordFacts facts, Set<String> missing, Explanation.Builder steps,
                       List<Citation> cites) {
        if (condition instanceof Condition.Present p) {
            return facts.dateOrNull(p.fact()) != null ? Truth.TRUE : Truth.FALSE;
        }
        if (condition instanceof Condition.Flag f) {
            Boolean flag = facts.flagOrNull(f.fact());
            if (flag == null) {
                missing.add(f.fact());
                return Truth.UNKNOWN;
            }
            return flag ? Truth.TRUE : Truth.FALSE;
        }
        if (condition instanceof Condition.AgeAtLeast a) {
            LocalDate birth = facts.dateOrNull(a.birthFact());
            LocalDate at = facts.dateOrNull(a.atFact());
            if (birth == null || at == null) {
                if (birth == null) {
                    missing.add(a.birthFact());
                }
                if (at == null) {
                    missing.add(a.atFact());
                }
                return Truth.UNKNOWN;
            }
            int age = calendar.ageOn(birth, at);
            if (steps != null) {
                List<Citation> withAge = new ArrayList<>(cites);
                withAge.add(AGE);
                steps.step(() -> "age on " + a.atFact() + " (" + format(at) + "), born " + format(birth) + ", is " + age
                        + (age >= a.years() ? ", at least " : ", under ") + a.years(), withAge);
            }
            return age >= a.years() ? Truth.TRUE : Truth.FALSE;
        }
        if (condition instanceof Condition.Not n) {
            return test(n.operand(), facts, missing, steps, cites).not();
        }
        boolean all = condition instanceof Condition.AllOf;
        List<Condition> operands = all ? ((Condition.AllOf) condition).operands() : ((Condition.AnyOf) condition).operands();
        boolean unknown = false;
        Set<String> unknownFacts = new TreeSet<>();
        for (Condition operand : operands) {
            Truth t = test(operand, facts, unknownFacts, steps, cites);
            if (all && t == Truth.FALSE) {
                return Truth.FALSE;
            }
            if (!all && t == Truth.TRUE) {
                return Truth.TRUE;
            }
            unknown |= t == Truth.UNKNOWN;
        }
        if (unknown) {
            missing.addAll(unknownFacts);
            return Truth.UNKNOWN;
        }
        return all ? Truth.TRUE : Truth.FALSE;
    }

    /** "15 Jun 2012, unknown (closed), never (permanent)": the operands as a combinator step lists them. */
    private static String describe(List<RuleValue> operands) {
        StringBuilder text = new StringBuilder();
        for (RuleValue v : operands) {
            if (text.length() > 0) {
                text.append(", ");
            }
            if (v instanceof RuleValue.Dated d) {
                text.append(format(d.date()));
            } else if (v instanceof RuleValue.Unknown u) {
                text.append("unknown (").append(String.join(", ", u.missingFacts())).append(')');
            } else {
                text.append("never (permanent)");
            }
        }
        return text.toString();
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        if (a == null) {
            return b;
        }
        Set<String> both = new TreeSet<>(a);
        both.addAll(b);
        return both;
    }

    private String describePeriod(PeriodKind kind, MonthDay override, LocalDate start, LocalDate end) {
        if (kind == PeriodKind.MONTH || kind == PeriodKind.QUARTER) {
            return "the " + kind.toWords() + " " + format(start) + " to " + format(end);
        }
        if (start.getMonthValue() == 1 && start.getDayOfMonth() == 1) {
            return (kind == PeriodKind.CALENDAR_YEAR ? "calendar year " : kind.toWords() + " ") + start.getYear();
        }
        String years = start.getYear() + "/" + String.format(Locale.ROOT, "%02d", end.getYear() % 100);
        return kind.toWords() + " " + years + " (starting " + DAY_OF_YEAR.format(calendar.yearStartOf(kind, override)
                .atYear(2001)) + ")";
    }
}
