package org.igkit.retention.rule;

import java.util.List;
import java.util.Objects;

import org.igkit.core.error.ValidationException;

/**
 * A condition of a {@link RetentionRule.When}, evaluated in three-valued logic: true, false or unknown (a fact it
 * needs is absent). Unknown stays unknown through {@link Not}; {@link AllOf} is false as soon as one operand is
 * false, {@link AnyOf} true as soon as one is true.
 */
public sealed interface Condition
        permits Condition.Present, Condition.Flag, Condition.AgeAtLeast, Condition.Not, Condition.AllOf, Condition.AnyOf {

    /** The fact of birth that {@link #ageAtLeast(String, int)} measures from. */
    String DATE_OF_BIRTH = "dateOfBirth";

    /** True when the date fact is recorded (never unknown). */
    static Present present(String fact) {
        return new Present(fact);
    }

    /** The boolean flag; unknown when absent. */
    static Flag flag(String fact) {
        return new Flag(fact);
    }

    /** The person was at least {@code years} old on the date fact {@code atFact}, measured from {@code dateOfBirth}. */
    static AgeAtLeast ageAtLeast(String atFact, int years) {
        return new AgeAtLeast(DATE_OF_BIRTH, atFact, years);
    }

    /** The negation. */
    static Not not(Condition condition) {
        return new Not(condition);
    }

    /** All hold. */
    static AllOf allOf(Condition... operands) {
        return new AllOf(List.of(operands));
    }

    /** At least one holds. */
    static AnyOf anyOf(Condition... operands) {
        return new AnyOf(List.of(operands));
    }

    /** The date fact is recorded. Absent means "not happened, or not known": the answer is false, never unknown. */
    record Present(String fact) implements Condition {
        public Present {
            FactNames.require(fact, "present");
        }
    }

    /** A boolean fact of the record (e.g. {@code lookedAfter}); absent is unknown, {@code false} is known. */
    record Flag(String fact) implements Condition {
        public Flag {
            FactNames.require(fact, "flag");
        }
    }

    /**
     * The age on the date {@code atFact}, counted from the date {@code birthFact} with the organisation's
     * leap-day policy, is at least {@code years}. Unknown when either date is absent.
     */
    record AgeAtLeast(String birthFact, String atFact, int years) implements Condition {
        public AgeAtLeast {
            FactNames.require(birthFact, "ageAtAtLeast.birth");
            FactNames.require(atFact, "ageAtAtLeast.at");
            if (years < 0 || years > 200) {
                throw new ValidationException("ageAtAtLeast.years", "must be between 0 and 200", years);
            }
        }
    }

    /** Not the operand; unknown stays unknown. */
    record Not(Condition operand) implements Condition {
        public Not {
            Objects.requireNonNull(operand, "operand");
        }
    }

    /** Every operand holds. */
    record AllOf(List<Condition> operands) implements Condition {
        public AllOf {
            operands = List.copyOf(Objects.requireNonNull(operands, "operands"));
            if (operands.size() < 2) {
                throw new ValidationException("allOf", "needs at least two operands", operands.size());
            }
        }
    }

    /** At least one operand holds. */
    record AnyOf(List<Condition> operands) implements Condition {
        public AnyOf {
            operands = List.copyOf(Objects.requireNonNull(operands, "operands"));
            if (operands.size() < 2) {
                throw new ValidationException("anyOf", "needs at least two operands", operands.size());
            }
        }
    }
}
