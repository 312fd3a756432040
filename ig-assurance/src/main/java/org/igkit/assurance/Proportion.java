package org.igkit.assurance;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;

import org.igkit.core.error.ValidationException;

/**
 * How many of a population meet a rule: {@code numerator} of {@code denominator}, never more than all of them.
 * Compared with a target as an exact fraction; rounded only for display (one decimal place, half up), as the
 * assurance spec's training rule asks (§4: "compare the exact fraction with the target").
 *
 * @param numerator   how many meet the rule, 0 to {@code denominator}
 * @param denominator how many are counted, 0 or more (0: nobody is in scope)
 */
public record Proportion(int numerator, int denominator) {
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    public Proportion {
        if (denominator < 0) {
            throw new ValidationException("denominator", "must be 0 or more", denominator);
        }
        if (numerator < 0 || numerator > denominator) {
            throw new ValidationException("numerator", "must be 0 to the denominator (" + denominator + ")", numerator);
        }
    }

    /** {@code numerator} of {@code denominator}. */
    public static Proportion of(int numerator, int denominator) {
        return new Proportion(numerator, denominator);
    }

    /** True when nobody is counted. */
    public boolean isEmpty() {
        return denominator == 0;
    }

    /** The percentage rounded half up to one decimal place (95.38... is 95.4), or empty when nobody is counted. */
    public Optional<BigDecimal> percent() {
        if (isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(BigDecimal.valueOf(numerator).multiply(HUNDRED)
                .divide(BigDecimal.valueOf(denominator), 1, RoundingMode.HALF_UP));
    }

    /**
     * True when the exact fraction is at least {@code target} (a fraction, 0.95 for 95%). An empty population
     * meets any target: nobody is out of line.
     */
    public boolean meets(BigDecimal target) {
        if (target == null || target.signum() < 0 || target.compareTo(BigDecimal.ONE) > 0) {
            throw new ValidationException("target", "must be a fraction from 0 to 1", target);
        }
        return isEmpty() || BigDecimal.valueOf(numerator).compareTo(target.multiply(BigDecimal.valueOf(denominator))) >= 0;
    }

    /** True when this fraction is at most {@code other}'s (an empty proportion counts as all). */
    public boolean isAtMost(Proportion other) {
        long left = (long) (isEmpty() ? 1 : numerator) * (other.isEmpty() ? 1 : other.denominator);
        long right = (long) (other.isEmpty() ? 1 : other.numerator) * (isEmpty() ? 1 : denominator);
        return left <= right;
    }

    /** "57 of 60 (95.0%)". */
    @Override
    public String toString() {
        return numerator + " of " + denominator + percent().map(p -> " (" + p.toPlainString() + "%)").orElse("");
    }
}
