package org.igkit.assurance.policy;

import java.time.LocalDate;
import java.util.Objects;

import org.igkit.core.error.ValidationException;

/**
 * An event that brings a policy's next review forward: a breach recorded against it, or a change in the law or
 * guidance (ICO: policies are updated "without undue delay" after such a change).
 *
 * @param kind        a breach or a legislative or guidance change
 * @param on          when it happened
 * @param reference   the breach id, or the instrument or guidance changed
 */
public record ReviewTrigger(Kind kind, LocalDate on, String reference) {
    /** What brought the review forward. */
    public enum Kind {
        /** A breach recorded against the policy. */
        BREACH,
        /** A change in law or guidance. */
        LEGISLATIVE_CHANGE
    }

    public ReviewTrigger {
        Objects.requireNonNull(kind, "kind");
        if (on == null) {
            throw new ValidationException("on", "is required", null);
        }
        if (reference == null || reference.isBlank()) {
            throw new ValidationException("reference", "must not be blank", reference);
        }
    }

    /** The trigger a breach makes. */
    public static ReviewTrigger breach(BreachReference breach) {
        return new ReviewTrigger(Kind.BREACH, breach.date(), breach.breachId());
    }

    /** A legislative or guidance change on {@code on}. */
    public static ReviewTrigger legislativeChange(LocalDate on, String what) {
        return new ReviewTrigger(Kind.LEGISLATIVE_CHANGE, on, what);
    }
}
