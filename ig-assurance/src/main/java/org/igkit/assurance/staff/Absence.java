package org.igkit.assurance.staff;

import java.time.LocalDate;
import java.util.Objects;

import org.igkit.core.error.ValidationException;

/**
 * A long-term absence (sickness, maternity, secondment) that takes a person out of the training and attestation
 * populations while it lasts, when the organisation configures it to.
 *
 * @param fromInclusive  the first day away
 * @param untilInclusive the last day away, or {@code null} while open-ended
 * @param reason         why, e.g. "maternity leave"
 */
public record Absence(LocalDate fromInclusive, LocalDate untilInclusive, String reason) {
    public Absence {
        Objects.requireNonNull(fromInclusive, "fromInclusive");
        if (untilInclusive != null && untilInclusive.isBefore(fromInclusive)) {
            throw new ValidationException("untilInclusive", "must be on or after fromInclusive (" + fromInclusive + ")",
                    untilInclusive);
        }
        if (reason == null || reason.isBlank()) {
            throw new ValidationException("reason", "must not be blank", reason);
        }
    }

    /** An open-ended absence from {@code from}. */
    public static Absence from(LocalDate from, String reason) {
        return new Absence(from, null, reason);
    }

    /** True when {@code date} falls within the absence. */
    public boolean covers(LocalDate date) {
        return !date.isBefore(fromInclusive) && (untilInclusive == null || !date.isAfter(untilInclusive));
    }
}
