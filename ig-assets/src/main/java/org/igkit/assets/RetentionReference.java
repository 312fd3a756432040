package org.igkit.assets;

import org.igkit.core.error.ValidationException;

/**
 * The retention schedule entry an asset follows: the schedule's id and the entry's id within it. It is only a
 * reference: ig-retention resolves it against the current schedule (and reports an entry that does not exist).
 *
 * @param scheduleId the retention schedule's id
 * @param entryId    the entry's id (class reference) within that schedule
 */
public record RetentionReference(String scheduleId, String entryId) {
    public RetentionReference {
        ValidationException.Collector problems = ValidationException.collector();
        problems.require(scheduleId != null && !scheduleId.isBlank() && scheduleId.indexOf('/') < 0,
                "scheduleId", "must not be blank nor contain '/'", scheduleId);
        problems.require(entryId != null && !entryId.isBlank(), "entryId", "must not be blank", entryId);
        problems.throwIfAny();
    }

    /** Entry {@code entryId} of schedule {@code scheduleId}. */
    public static RetentionReference of(String scheduleId, String entryId) {
        return new RetentionReference(scheduleId, entryId);
    }

    /** Reads the {@link #toString()} form {@code scheduleId/entryId}, the same as ig-retention's entry references. */
    public static RetentionReference parse(String text) {
        int slash = text == null ? -1 : text.indexOf('/');
        if (slash < 0) {
            throw new ValidationException("retention", "must be written scheduleId/entryId", text);
        }
        return new RetentionReference(text.substring(0, slash), text.substring(slash + 1));
    }

    /** {@code scheduleId/entryId}, e.g. {@code LGA-2024/HR-4.2}. */
    @Override
    public String toString() {
        return scheduleId + "/" + entryId;
    }
}
