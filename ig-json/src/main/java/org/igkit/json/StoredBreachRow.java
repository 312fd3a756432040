package org.igkit.json;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Objects;
import java.util.Optional;

import org.igkit.breach.log.BreachRecord;
import org.igkit.breach.log.BreachStatus;
import org.igkit.core.error.ConflictException;
import org.igkit.core.error.NotFoundException;
import org.igkit.core.error.ValidationException;

/**
 * One breach record as the relational stores keep it, whatever the SQL dialect: its text columns, its nested
 * values as {@link StoredDocuments} (assessments, notifications, actions taken), and the values the lists filter
 * and order on written from the record (the awareness instant of the latest assessment, open, reportable). With it
 * come the rules every store applies the same way: the breach port's save rule and the (awareness, id) cursor.
 */
public record StoredBreachRow(String id, String reference, String summary, String assessments, String notifications,
                              String reasonNotNotifying, String actionsTaken, String lessonsLearned, String status,
                              Instant closedAt, Instant awarenessAt, boolean isOpen, boolean isReportable,
                              long version) {
    /** Separates the awareness instant from the id in a cursor; an instant never contains it. */
    private static final char CURSOR_SEPARATOR = '~';
    private static final DateTimeFormatter INSTANT =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSSSSS'Z'").withZone(ZoneOffset.UTC);

    /** The row of {@code record}. */
    public static StoredBreachRow of(BreachRecord record) {
        return new StoredBreachRow(record.id(), record.reference(), record.summary(),
                StoredDocuments.ofAssessments(record.assessments()),
                StoredDocuments.ofNotifications(record.notifications()), record.reasonNotNotifying(),
                StoredDocuments.ofTexts(record.actionsTaken()), record.lessonsLearned(), record.status().name(),
                record.closedAt(), record.awareness().toInstant(), record.isOpen(), record.isReportable(),
                record.version());
    }

    /** The record of a row as read; the derived columns (awareness, open, reportable) are not needed. */
    public static BreachRecord read(String id, String reference, String summary, String assessments,
                                    String notifications, String reasonNotNotifying, String actionsTaken,
                                    String lessonsLearned, String status, Instant closedAt, long version) {
        return new BreachRecord(id, reference, summary, StoredDocuments.assessments(assessments),
                StoredDocuments.notifications(notifications), reasonNotNotifying,
                StoredDocuments.texts(actionsTaken), lessonsLearned, BreachStatus.valueOf(status), closedAt,
                version);
    }

    /**
     * The breach port's save rule, checked inside the write: version 0 is a new record (refused when the id is
     * taken), an update of an unknown id is not found, and any other version must be the stored one.
     */
    public static void checkSave(BreachRecord record, Optional<Long> storedVersion) {
        Objects.requireNonNull(record, "record");
        if (record.version() == 0 && storedVersion.isPresent()) {
            throw ConflictException.alreadyExists(BreachRecord.TYPE, record.id());
        }
        if (record.version() != 0 && storedVersion.isEmpty()) {
            throw new NotFoundException(BreachRecord.TYPE, record.id());
        }
        if (storedVersion.isPresent() && storedVersion.get() != record.version()) {
            throw ConflictException.versionMismatch(BreachRecord.TYPE, record.id(), record.version(),
                    storedVersion.get());
        }
    }

    /** The cursor of a page ending on {@code record}: its awareness instant (UTC, nine fraction digits) and id. */
    public static String cursorOf(BreachRecord record) {
        return INSTANT.format(record.awareness().toInstant()) + CURSOR_SEPARATOR + record.id();
    }

    /** Where a page of a breach list ends: the last record's awareness instant and id. */
    public record Cursor(Instant awareness, String id) {
        /** The cursor {@link #cursorOf(BreachRecord)} wrote; anything else is refused as the field {@code after}. */
        public static Cursor parse(String text) {
            int separator = text.indexOf(CURSOR_SEPARATOR);
            try {
                if (separator > 0 && separator < text.length() - 1) {
                    return new Cursor(Instant.parse(text.substring(0, separator)), text.substring(separator + 1));
                }
            } catch (DateTimeParseException e) {
                // refused below, as any other text that is not a cursor
            }
            throw new ValidationException("after", "must be a cursor returned by a previous page", text);
        }
    }
}
