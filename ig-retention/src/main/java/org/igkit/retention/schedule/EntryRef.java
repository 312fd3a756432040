package org.igkit.retention.schedule;

import java.util.regex.Pattern;

import org.igkit.core.error.ValidationException;

/**
 * The stable reference of a schedule entry: the schedule's id and the entry's id within it, the same across the
 * entry's versions (an asset register or a record points here; the version effective on a date is looked up).
 * Text form {@code scheduleId/entryId}.
 */
public record EntryRef(String scheduleId, String entryId) {
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");

    public EntryRef {
        ValidationException.Collector problems = ValidationException.collector();
        requireId(problems, "scheduleId", scheduleId);
        requireId(problems, "entryId", entryId);
        problems.throwIfAny();
    }

    /** The reference of entry {@code entryId} of schedule {@code scheduleId}. */
    public static EntryRef of(String scheduleId, String entryId) {
        return new EntryRef(scheduleId, entryId);
    }

    /** Reads {@code scheduleId/entryId}. */
    public static EntryRef parse(String text) {
        int slash = text == null ? -1 : text.indexOf('/');
        if (slash < 0) {
            throw new ValidationException("entryRef", "must be scheduleId/entryId", text);
        }
        return new EntryRef(text.substring(0, slash), text.substring(slash + 1));
    }

    static void requireId(ValidationException.Collector problems, String path, String id) {
        problems.require(id != null && ID.matcher(id).matches(), path,
                "must be 1 to 64 letters, digits, '.', '_' or '-', starting with a letter or digit", id);
    }

    /** {@code scheduleId/entryId}. */
    @Override
    public String toString() {
        return scheduleId + "/" + entryId;
    }
}
