package org.igkit.breach.assessment;

import java.time.OffsetDateTime;
import java.util.Optional;

import org.igkit.breach.facts.Regime;

/**
 * Whether the breach must be notified to the Commissioner, under which regime, by when.
 *
 * @param required  true when notification is due (UK GDPR Art 33(1), DPA 2018 s.67, PECR reg 5A, or the DSPT grid)
 * @param regime    the regime whose duty governs (PECR replaces UK GDPR for a provider), or {@code null} when no
 *                  personal-data regime applies
 * @param authority the regulator's configured name
 * @param deadline  the deadline of that regime in Europe/London, or {@code null} when no regime applies
 */
public record CommissionerDecision(boolean required, Regime regime, String authority, OffsetDateTime deadline) {

    /** The deadline, when a personal-data regime applies. */
    public Optional<OffsetDateTime> findDeadline() {
        return Optional.ofNullable(deadline);
    }
}
