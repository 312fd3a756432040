package org.igkit.breach.facts;

import java.math.BigDecimal;

import org.igkit.core.error.ValidationException;

/**
 * An ENISA score held exactly as a whole number of quarter points, so that 2, 3 and 4 (the band boundaries) are
 * compared without any floating-point rounding. {@code Quarters.ofQuarters(3)} is 0.75.
 *
 * @param quarters the value times four
 */
public record Quarters(int quarters) implements Comparable<Quarters> {
    /** Zero. */
    public static final Quarters ZERO = new Quarters(0);

    private static final BigDecimal FOUR = BigDecimal.valueOf(4);

    /** The value {@code quarters} / 4. */
    public static Quarters ofQuarters(int quarters) {
        return new Quarters(quarters);
    }

    /** A whole number of points. */
    public static Quarters ofWhole(int points) {
        return new Quarters(Math.multiplyExact(points, 4));
    }

    /**
     * The exact value of a decimal that must be a multiple of 0.25 (0.5, 0.75, 1, 1.0, 2.25 ...).
     *
     * @throws ValidationException on {@code field} when the value is not a multiple of 0.25
     */
    public static Quarters of(BigDecimal value, String field) {
        if (value == null) {
            throw new ValidationException(field, "is required (a multiple of 0.25)", null);
        }
        BigDecimal times4 = value.multiply(FOUR);
        try {
            return new Quarters(times4.intValueExact());
        } catch (ArithmeticException e) {
            throw new ValidationException(field, "must be a multiple of 0.25", value.toPlainString());
        }
    }

    /** Parses a decimal such as "0.75"; see {@link #of(BigDecimal, String)}. */
    public static Quarters parse(String decimal, String field) {
        try {
            return of(new BigDecimal(decimal.strip()), field);
        } catch (NumberFormatException | NullPointerException e) {
            throw new ValidationException(field, "must be a decimal number, a multiple of 0.25", decimal);
        }
    }

    /** This plus {@code other}. */
    public Quarters plus(Quarters other) {
        return new Quarters(Math.addExact(quarters, other.quarters));
    }

    /** This times a whole number. */
    public Quarters multipliedBy(int factor) {
        return new Quarters(Math.multiplyExact(quarters, factor));
    }

    /** True when this is more than {@code other}. */
    public boolean isGreaterThan(Quarters other) {
        return quarters > other.quarters;
    }

    /** True when this is less than {@code other}. */
    public boolean isLessThan(Quarters other) {
        return quarters < other.quarters;
    }

    /** The exact decimal value, e.g. 0.75 or 2 (trailing zeros stripped, never in exponent form). */
    public BigDecimal toBigDecimal() {
        BigDecimal exact = BigDecimal.valueOf(quarters).divide(FOUR);
        BigDecimal stripped = exact.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    @Override
    public int compareTo(Quarters other) {
        return Integer.compare(quarters, other.quarters);
    }

    /** "0.75", "2", "5.5". */
    @Override
    public String toString() {
        return toBigDecimal().toPlainString();
    }
}
