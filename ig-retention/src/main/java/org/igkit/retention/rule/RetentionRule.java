package org.igkit.retention.rule;

import java.time.MonthDay;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.igkit.core.error.ValidationException;

/**
 * A retention rule: an immutable expression whose value is the date from which a record's disposal action may
 * be taken, or "never" ({@link Permanent}). Its leaves are named date facts of the record ({@link Fact}); a fact
 * that is absent means "not known, or not happened yet" and makes the answer PENDING where it matters.
 *
 * <p>The text form is {@link RuleText}: {@code CFY(processed) + 6y}, {@code later(employmentEnded + 6y,
 * dateOfBirth + 70y)}, {@code permanent}.
 */
public sealed interface RetentionRule
        permits RetentionRule.Fact, RetentionRule.Plus, RetentionRule.EndOf, RetentionRule.LaterOf,
        RetentionRule.EarlierOf, RetentionRule.Permanent, RetentionRule.When {

    /** The value of the named date fact of the record, e.g. {@code dateOfBirth} or {@code closed}. */
    static Fact fact(String name) {
        return new Fact(name);
    }

    /** Kept for ever: the disposal action is never due. */
    static Permanent permanent() {
        return Permanent.INSTANCE;
    }

    /** The later of the operands ("whichever is later"); at least two. */
    static LaterOf laterOf(RetentionRule... operands) {
        return new LaterOf(List.of(operands));
    }

    /** The earlier of the operands ("whichever is sooner"); at least two. */
    static EarlierOf earlierOf(RetentionRule... operands) {
        return new EarlierOf(List.of(operands));
    }

    /** {@code then} where the condition holds, {@code otherwise} where it does not. */
    static When when(Condition condition, RetentionRule then, RetentionRule otherwise) {
        return new When(condition, then, otherwise);
    }

    /** This rule's date plus an offset, added as {@link java.time.Period} does: total months, then days. */
    default Plus plus(Offset offset) {
        return new Plus(this, offset);
    }

    /** This rule's date plus whole years. */
    default Plus plusYears(int years) {
        return new Plus(this, Offset.ofYears(years));
    }

    /** The last day of the period of {@code kind} that contains this rule's date, with the organisation's year start. */
    default EndOf endOf(PeriodKind kind) {
        return new EndOf(this, kind, null);
    }

    /** Every fact name the rule reads (dates and flags), in no particular order. */
    default Set<String> factNames() {
        return RuleFacts.of(this);
    }

    /** The canonical shorthand of this rule. */
    default String toText() {
        return RuleText.print(this);
    }

    /** A named date fact of the record. */
    record Fact(String name) implements RetentionRule {
        public Fact {
            FactNames.require(name, "fact");
        }

        @Override
        public String toString() {
            return RuleText.print(this);
        }
    }

    /** {@code of} plus an offset. */
    record Plus(RetentionRule of, Offset offset) implements RetentionRule {
        public Plus {
            Objects.requireNonNull(of, "of");
            Objects.requireNonNull(offset, "offset");
        }

        @Override
        public String toString() {
            return RuleText.print(this);
        }
    }

    /**
     * The last day of the period of {@code kind} containing {@code of}'s date.
     *
     * @param yearStart where the kind's year starts, overriding the organisation's setting; {@code null} to use the
     *                  setting. Required for {@link PeriodKind#YEAR_STARTING}, refused for {@link PeriodKind#CALENDAR_YEAR}.
     */
    record EndOf(RetentionRule of, PeriodKind kind, MonthDay yearStart) implements RetentionRule {
        public EndOf {
            Objects.requireNonNull(of, "of");
            Objects.requireNonNull(kind, "kind");
            if (kind == PeriodKind.YEAR_STARTING && yearStart == null) {
                throw new ValidationException("endOf.yearStart", "is required for YEAR_STARTING", null);
            }
            if (kind == PeriodKind.CALENDAR_YEAR && yearStart != null) {
                throw new ValidationException("endOf.yearStart", "a calendar year starts on 1 January; use YEAR_STARTING", yearStart);
            }
            if (yearStart != null) {
                RetentionCalendar.requireYearStart("endOf.yearStart", yearStart);
            }
        }

        /** The start override, if any. */
        public Optional<MonthDay> findYearStart() {
            return Optional.ofNullable(yearStart);
        }

        @Override
        public String toString() {
            return RuleText.print(this);
        }
    }

    /** The latest of the operands; unknown if any operand is unknown (it could be later), never if any is never. */
    record LaterOf(List<RetentionRule> operands) implements RetentionRule {
        public LaterOf {
            operands = List.copyOf(Objects.requireNonNull(operands, "operands"));
            if (operands.size() < 2) {
                throw new ValidationException("laterOf", "needs at least two operands", operands.size());
            }
        }

        @Override
        public String toString() {
            return RuleText.print(this);
        }
    }

    /** The earliest known operand; unknown operands are ignored (they could only be earlier) unless none is known. */
    record EarlierOf(List<RetentionRule> operands) implements RetentionRule {
        public EarlierOf {
            operands = List.copyOf(Objects.requireNonNull(operands, "operands"));
            if (operands.size() < 2) {
                throw new ValidationException("earlierOf", "needs at least two operands", operands.size());
            }
        }

        @Override
        public String toString() {
            return RuleText.print(this);
        }
    }

    /** Never due: retained permanently. */
    enum Permanent implements RetentionRule {
        /** The one permanent rule. */
        INSTANCE;

        @Override
        public String toString() {
            return RuleText.PERMANENT;
        }
    }

    /** A conditional rule; an unknown condition makes it PENDING (no branch is ever guessed). */
    record When(Condition condition, RetentionRule then, RetentionRule otherwise) implements RetentionRule {
        public When {
            Objects.requireNonNull(condition, "condition");
            Objects.requireNonNull(then, "then");
            Objects.requireNonNull(otherwise, "otherwise");
        }

        @Override
        public String toString() {
            return RuleText.print(this);
        }
    }
}
