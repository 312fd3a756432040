package org.igkit.assurance.attestation;

import java.time.LocalDate;
import java.time.Month;

/**
 * The period an attestation counts for: the academic year (1 September to 31 August) for schools, otherwise the
 * financial year (1 April to 31 March) (spec §5, igkit's default choice).
 */
public enum AttestationPeriod {
    /** 1 September to 31 August. */
    ACADEMIC_YEAR(Month.SEPTEMBER),
    /** 1 April to 31 March. */
    FINANCIAL_YEAR(Month.APRIL);

    private final Month firstMonth;

    AttestationPeriod(Month firstMonth) {
        this.firstMonth = firstMonth;
    }

    /** The first day of the period holding {@code date}. */
    public LocalDate startOf(LocalDate date) {
        LocalDate start = LocalDate.of(date.getYear(), firstMonth, 1);
        return date.isBefore(start) ? start.minusYears(1) : start;
    }

    /** The last day of the period holding {@code date}. */
    public LocalDate endOf(LocalDate date) {
        return startOf(date).plusYears(1).minusDays(1);
    }

    /** True when {@code a} and {@code b} fall in the same period. */
    public boolean samePeriod(LocalDate a, LocalDate b) {
        return startOf(a).equals(startOf(b));
    }

    /** "AY 2025/26" or "FY 2025/26". */
    public String label(LocalDate date) {
        int first = startOf(date).getYear();
        return (this == ACADEMIC_YEAR ? "AY " : "FY ") + first + "/" + String.format("%02d", (first + 1) % 100);
    }
}
