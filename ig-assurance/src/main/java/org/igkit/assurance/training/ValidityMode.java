package org.igkit.assurance.training;

import java.time.LocalDate;
import java.time.Period;

import org.igkit.assurance.attestation.AttestationPeriod;

/**
 * How long a completion stays valid (spec §4). The default is {@link #ROLLING}; the spec marks the anniversary
 * uncertain, so {@link #THROUGH_ANNIVERSARY} is the alternative; schools may use {@link #ACADEMIC_YEAR}.
 */
public enum ValidityMode {
    /** Valid while the day is before completion plus the interval: 2024-10-10 is valid to 2025-10-09. */
    ROLLING,
    /** Valid through the anniversary itself: 2024-10-10 is valid to 2025-10-10. */
    THROUGH_ANNIVERSARY,
    /** Valid when completed in the academic year holding the day (1 September to 31 August). */
    ACADEMIC_YEAR;

    /** True when a completion on {@code completedOn} is valid on {@code asOf} for a course refreshed every {@code interval}. */
    public boolean isValid(LocalDate completedOn, Period interval, LocalDate asOf) {
        if (completedOn.isAfter(asOf)) {
            return false;
        }
        if (interval == null) {
            return true;
        }
        switch (this) {
            case ROLLING:
                return asOf.isBefore(completedOn.plus(interval));
            case THROUGH_ANNIVERSARY:
                return !asOf.isAfter(completedOn.plus(interval));
            default:
                return !completedOn.isBefore(AttestationPeriod.ACADEMIC_YEAR.startOf(asOf));
        }
    }

    /** The first day a completion on {@code completedOn} is no longer valid, or {@code null} if never. */
    public LocalDate expiresOn(LocalDate completedOn, Period interval) {
        if (interval == null) {
            return null;
        }
        switch (this) {
            case ROLLING:
                return completedOn.plus(interval);
            case THROUGH_ANNIVERSARY:
                return completedOn.plus(interval).plusDays(1);
            default:
                return AttestationPeriod.ACADEMIC_YEAR.endOf(completedOn).plusDays(1);
        }
    }
}
