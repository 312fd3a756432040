package org.igkit.store.sqlite;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.igkit.breach.log.BreachRecord;
import org.igkit.breach.log.BreachStatus;
import org.igkit.breach.port.BreachRepository;
import org.igkit.core.error.ConflictException;
import org.igkit.core.error.NotFoundException;
import org.igkit.core.error.ValidationException;
import org.igkit.core.paging.Page;
import org.igkit.core.paging.PageRequest;
import org.igkit.json.StoredDocuments;
import org.igkit.store.sqlite.internal.Database;
import org.igkit.store.sqlite.internal.TemporalText;
import org.jdbi.v3.core.statement.Query;

/**
 * The breach log in {@code breach_record}: one row per breach, its nested assessments and notifications as JSON
 * documents ({@link StoredDocuments}), and the values the lists use (awareness instant, open, reportable) as
 * indexed columns, so that every list is a range scan in (awareness, id) order with that pair as the cursor.
 */
final class SqliteBreachRepository implements BreachRepository {
    private static final String COLUMNS = "id, reference, summary, assessments, notifications, reason_not_notifying, "
            + "actions_taken, lessons_learned, status, closed_at, awareness_at, is_open, is_reportable, version";
    /** Separates the awareness instant from the id in a cursor; an instant never contains it. */
    private static final char CURSOR_SEPARATOR = '~';

    private final Database database;

    SqliteBreachRepository(Database database) {
        this.database = database;
    }

    @Override
    public BreachRecord save(BreachRecord record) {
        Objects.requireNonNull(record, "record");
        return database.write("saving breach record " + record.id(), h -> {
            Optional<Long> stored = h.createQuery("SELECT version FROM breach_record WHERE id = :id")
                    .bind("id", record.id()).mapTo(Long.class).findOne();
            if (record.version() == 0 && stored.isPresent()) {
                throw ConflictException.alreadyExists(BreachRecord.TYPE, record.id());
            }
            if (record.version() != 0 && stored.isEmpty()) {
                // the breach port's own rule: an update of an unknown id is not found
                throw new NotFoundException(BreachRecord.TYPE, record.id());
            }
            if (stored.isPresent() && stored.get() != record.version()) {
                throw ConflictException.versionMismatch(BreachRecord.TYPE, record.id(), record.version(), stored.get());
            }
            BreachRecord saved = record.withVersion(record.version() + 1);
            h.createUpdate("INSERT INTO breach_record (" + COLUMNS + ") VALUES (:id, :reference, :summary, "
                            + ":assessments, :notifications, :reasonNotNotifying, :actionsTaken, :lessonsLearned, "
                            + ":status, :closedAt, :awarenessAt, :isOpen, :isReportable, :version) "
                            + "ON CONFLICT (id) DO UPDATE SET reference = excluded.reference, "
                            + "summary = excluded.summary, assessments = excluded.assessments, "
                            + "notifications = excluded.notifications, "
                            + "reason_not_notifying = excluded.reason_not_notifying, "
                            + "actions_taken = excluded.actions_taken, lessons_learned = excluded.lessons_learned, "
                            + "status = excluded.status, closed_at = excluded.closed_at, "
                            + "awareness_at = excluded.awareness_at, is_open = excluded.is_open, "
                            + "is_reportable = excluded.is_reportable, version = excluded.version")
                    .bind("id", saved.id())
                    .bind("reference", saved.reference())
                    .bind("summary", saved.summary())
                    .bind("assessments", StoredDocuments.ofAssessments(saved.assessments()))
                    .bind("notifications", StoredDocuments.ofNotifications(saved.notifications()))
                    .bind("reasonNotNotifying", saved.reasonNotNotifying())
                    .bind("actionsTaken", StoredDocuments.ofTexts(saved.actionsTaken()))
                    .bind("lessonsLearned", saved.lessonsLearned())
                    .bind("status", saved.status().name())
                    .bindByType("closedAt", saved.closedAt(), Instant.class)
                    .bind("awarenessAt", saved.awareness().toInstant())
                    .bind("isOpen", saved.isOpen() ? 1 : 0)
                    .bind("isReportable", saved.isReportable() ? 1 : 0)
                    .bind("version", saved.version())
                    .execute();
            return saved;
        });
    }

    @Override
    public Optional<BreachRecord> find(String id) {
        return database.read("reading breach record " + id, h -> h.createQuery(
                        "SELECT " + COLUMNS + " FROM breach_record WHERE id = :id").bind("id", id)
                .map((rs, ctx) -> record(rs)).findOne());
    }

    @Override
    public Page<BreachRecord> listAwareBetween(Instant fromInclusive, Instant toExclusive, PageRequest page) {
        Objects.requireNonNull(fromInclusive, "fromInclusive");
        Objects.requireNonNull(toExclusive, "toExclusive");
        return list("awareness_at >= :from AND awareness_at < :to", page, "listing breaches by awareness",
                q -> q.bind("from", fromInclusive).bind("to", toExclusive));
    }

    @Override
    public Page<BreachRecord> listOpen(PageRequest page) {
        return list("is_open = 1", page, "listing open breaches", q -> q);
    }

    @Override
    public Page<BreachRecord> listReportable(PageRequest page) {
        return list("is_reportable = 1", page, "listing reportable breaches", q -> q);
    }

    private Page<BreachRecord> list(String where, PageRequest page, String doing,
                                    java.util.function.UnaryOperator<Query> arguments) {
        Objects.requireNonNull(page, "page");
        Optional<Cursor> after = page.findAfterCursor().map(Cursor::parse);
        List<BreachRecord> rest = database.read(doing, h -> {
            Query select = arguments.apply(h.createQuery("SELECT " + COLUMNS + " FROM breach_record WHERE " + where
                    + (after.isPresent() ? " AND (awareness_at, id) > (:afterAt, :afterId)" : "")
                    + " ORDER BY awareness_at, id LIMIT :limit"))
                    .bind("limit", page.limit() + 1);
            after.ifPresent(c -> select.bind("afterAt", c.awareness).bind("afterId", c.id));
            return select.map((rs, ctx) -> record(rs)).list();
        });
        return Page.of(rest, page.limit(),
                r -> TemporalText.of(r.awareness().toInstant()) + CURSOR_SEPARATOR + r.id());
    }

    private static BreachRecord record(ResultSet rs) throws SQLException {
        String closedAt = rs.getString("closed_at");
        return new BreachRecord(rs.getString("id"), rs.getString("reference"), rs.getString("summary"),
                StoredDocuments.assessments(rs.getString("assessments")),
                StoredDocuments.notifications(rs.getString("notifications")), rs.getString("reason_not_notifying"),
                StoredDocuments.texts(rs.getString("actions_taken")), rs.getString("lessons_learned"),
                BreachStatus.valueOf(rs.getString("status")), closedAt == null ? null : Instant.parse(closedAt),
                rs.getLong("version"));
    }

    /** Where a page ends: the last record's awareness instant and id. */
    private record Cursor(Instant awareness, String id) {
        static Cursor parse(String text) {
            int separator = text.indexOf(CURSOR_SEPARATOR);
            try {
                if (separator > 0 && separator < text.length() - 1) {
                    return new Cursor(Instant.parse(text.substring(0, separator)), text.substring(separator + 1));
                }
            } catch (java.time.format.DateTimeParseException e) {
                // refused below, as any other text that is not a cursor
            }
            throw new ValidationException("after", "must be a cursor returned by a previous page", text);
        }
    }
}
