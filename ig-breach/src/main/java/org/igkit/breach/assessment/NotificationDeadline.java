package org.igkit.breach.assessment;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Objects;

import org.igkit.breach.facts.Regime;
import org.igkit.core.explain.Citation;

/**
 * A time limit for telling someone about the breach: awareness plus exactly {@code hours} hours on the instant line,
 * shown in Europe/London with the offset in force at that instant.
 *
 * @param regime    the regime that sets the limit
 * @param recipient who must be told (the regulator's configured name, the NIS competent authority, the DSPT tool)
 * @param required  true when the facts make the notification due; false when the limit is shown for information
 * @param hours     the limit in hours
 * @param deadline  the last on-time moment, in Europe/London (a notification at exactly this instant is on time)
 * @param source    the provision that sets the limit
 */
public record NotificationDeadline(Regime regime, String recipient, boolean required, int hours,
        OffsetDateTime deadline, Citation source) {
    public NotificationDeadline {
        Objects.requireNonNull(regime, "regime");
        Objects.requireNonNull(recipient, "recipient");
        Objects.requireNonNull(deadline, "deadline");
        Objects.requireNonNull(source, "source");
    }

    /** The deadline as an instant. */
    public Instant toInstant() {
        return deadline.toInstant();
    }

    /** True when a notification at {@code notifiedAt} is on time: at or before the deadline. */
    public boolean isMetBy(Instant notifiedAt) {
        return !notifiedAt.isAfter(deadline.toInstant());
    }
}
