package org.igkit.assurance.report;

import java.math.BigDecimal;
import java.math.RoundingMode;

import org.igkit.assurance.Proportion;

/**
 * A share of a whole as the board sees it: the exact numerator and denominator, and the percentage to one decimal
 * place, rounded half up for display only. Thresholds compare the exact fraction, never the rounded figure
 * (spec: training §4, "compare the exact fraction with the target").
 *
 * @param numerator   how many of the whole meet the measure
 * @param denominator the whole; 0 when there is nothing to measure
 * @param percent     {@code 100 x numerator / denominator} to one decimal place, or {@code null} when the whole is 0
 */
public record Percentage(int numerator, int denominator, BigDecimal percent) {
    public Percentage {
        if (numerator < 0 || denominator < 0 || numerator > denominator) {
            throw new IllegalArgumentException(numerator + "/" + denominator + " is not a share of a whole");
        }
    }

    /** {@code numerator} of {@code denominator}. */
    public static Percentage of(int numerator, int denominator) {
        BigDecimal percent = denominator == 0 ? null : BigDecimal.valueOf(100L * numerator)
                .divide(BigDecimal.valueOf(denominator), 1, RoundingMode.HALF_UP);
        return new Percentage(numerator, denominator, percent);
    }

    /** The share {@code proportion} gives. */
    public static Percentage of(Proportion proportion) {
        return of(proportion.numerator(), proportion.denominator());
    }

    /** True when the exact fraction is at least {@code percentTarget} per cent (an empty whole meets nothing). */
    public boolean meets(int percentTarget) {
        return denominator > 0 && 100L * numerator >= (long) percentTarget * denominator;
    }

    /** The percentage as text ({@code 95.4}), or an empty string when there is nothing to measure. */
    public String toText() {
        return percent == null ? "" : percent.toPlainString();
    }
}
