package org.igkit.breach.log;

import java.time.OffsetDateTime;
import java.util.Optional;

import org.igkit.core.error.ValidationException;

/**
 * A notification made about a breach. A notification after its deadline must carry the reasons for the delay
 * (UK GDPR Art 33(1): "it shall be accompanied by reasons for the delay"; DPA 2018 s.67(3)).
 *
 * @param recipient       who was told
 * @param notifiedAt      when
 * @param deadline        the deadline that applied, or {@code null} when none did (e.g. data subjects: "without undue
 *                        delay")
 * @param reference       the recipient's case reference or a note, may be empty
 * @param reasonsForDelay why it was late; required when {@code notifiedAt} is after {@code deadline}
 */
public record Notification(Recipient recipient, OffsetDateTime notifiedAt, OffsetDateTime deadline, String reference,
        String reasonsForDelay) {
    public Notification {
        ValidationException.Collector problems = ValidationException.collector();
        problems.require(recipient != null, "recipient", "is required", null);
        problems.require(notifiedAt != null, "notifiedAt", "is required", null);
        reference = reference == null ? "" : reference.strip();
        reasonsForDelay = reasonsForDelay == null || reasonsForDelay.isBlank() ? null : reasonsForDelay.strip();
        if (notifiedAt != null && deadline != null && notifiedAt.toInstant().isAfter(deadline.toInstant())) {
            problems.require(reasonsForDelay != null, "reasonsForDelay", "is required: the notification at "
                    + notifiedAt + " is after the deadline " + deadline + " (UK GDPR Art 33(1); DPA 2018 s.67(3))",
                    null);
        }
        problems.throwIfAny();
    }

    /** A notification on or before its deadline (or with none). */
    public static Notification of(Recipient recipient, OffsetDateTime notifiedAt, OffsetDateTime deadline,
            String reference) {
        return new Notification(recipient, notifiedAt, deadline, reference, null);
    }

    /** True when it was made after its deadline. */
    public boolean isLate() {
        return deadline != null && notifiedAt.toInstant().isAfter(deadline.toInstant());
    }

    /** The deadline, if one applied. */
    public Optional<OffsetDateTime> findDeadline() {
        return Optional.ofNullable(deadline);
    }
}
