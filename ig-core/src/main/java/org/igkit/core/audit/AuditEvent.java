package org.igkit.core.audit;

import java.time.Instant;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

import org.igkit.core.error.ValidationException;

/**
 * Something that happened and must be accountable: who did what, when, to which subject.
 *
 * @param actor       who did it: a user, an API key's name, or a system component
 * @param action      what was done, a stable verb phrase such as {@code disposal.executed}
 * @param occurredAt  when, on the instant line
 * @param subjectType the kind of thing acted on, e.g. {@code record}, {@code breach}
 * @param subjectId   its id
 * @param details     further facts, sorted by key so that the entry's hash is stable
 */
public record AuditEvent(String actor, String action, Instant occurredAt, String subjectType, String subjectId,
                         Map<String, String> details) {

    public AuditEvent {
        ValidationException.Collector problems = ValidationException.collector();
        problems.require(actor != null && !actor.isBlank(), "actor", "must not be blank", actor);
        problems.require(action != null && !action.isBlank(), "action", "must not be blank", action);
        problems.require(occurredAt != null, "occurredAt", "is required", null);
        problems.require(subjectType != null && !subjectType.isBlank(), "subjectType", "must not be blank", subjectType);
        problems.require(subjectId != null && !subjectId.isBlank(), "subjectId", "must not be blank", subjectId);
        Objects.requireNonNull(details, "details");
        details.forEach((k, v) -> problems.require(k != null && v != null, "details", "keys and values must not be null", k));
        problems.throwIfAny();
        details = Collections.unmodifiableSortedMap(new TreeMap<>(details));
    }

    /** An event with no further details. */
    public static AuditEvent of(String actor, String action, Instant occurredAt, String subjectType, String subjectId) {
        return new AuditEvent(actor, action, occurredAt, subjectType, subjectId, Map.of());
    }

    /** A copy with one more detail. */
    public AuditEvent withDetail(String key, String value) {
        Map<String, String> more = new TreeMap<>(details);
        more.put(key, value);
        return new AuditEvent(actor, action, occurredAt, subjectType, subjectId, more);
    }
}
