package org.igkit.store.sqlite;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.igkit.breach.log.BreachRecord;
import org.igkit.breach.port.BreachRepository;
import org.igkit.core.paging.Page;
import org.igkit.core.paging.PageRequest;
import org.igkit.json.StoredBreachRow;
import org.igkit.json.StoredDocuments;
import org.igkit.store.sqlite.internal.Database;
import org.jdbi.v3.core.statement.Query;

/**
 * The breach log in {@code breach_record}: one row per breach, its nested assessments and notifications as JSON
 * documents ({@link StoredDocuments}), and the values the lists use (awareness instant, open, reportable) as
 * indexed columns, so that every list is a range scan in (awareness, id) order with that pair as the cursor. The
 * row, the save rule and the cursor are ig-json's {@link StoredBreachRow}, which the PostgreSQL store shares.
 */
final class SqliteBreachRepository implements BreachRepository {
    private static final String COLUMNS = "id, reference, summary, assessments, notifications, reason_not_notifying, "
            + "actions_taken, lessons_learned, status, closed_at, awareness_at, is_open, is_reportable, version";

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
            StoredBreachRow.checkSave(record, stored);
            BreachRecord saved = record.withVersion(record.version() + 1);
            StoredBreachRow row = StoredBreachRow.of(saved);
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
                    .bind("id", row.id())
                    .bind("reference", row.reference())
                    .bind("summary", row.summary())
                    .bind("assessments", row.assessments())
                    .bind("notifications", row.notifications())
                    .bind("reasonNotNotifying", row.reasonNotNotifying())
                    .bind("actionsTaken", row.actionsTaken())
                    .bind("lessonsLearned", row.lessonsLearned())
                    .bind("status", row.status())
                    .bindByType("closedAt", row.closedAt(), Instant.class)
                    .bind("awarenessAt", row.awarenessAt())
                    .bind("isOpen", row.isOpen() ? 1 : 0)
                    .bind("isReportable", row.isReportable() ? 1 : 0)
                    .bind("version", row.version())
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
        Optional<StoredBreachRow.Cursor> after = page.findAfterCursor().map(StoredBreachRow.Cursor::parse);
        List<BreachRecord> rest = database.read(doing, h -> {
            Query select = arguments.apply(h.createQuery("SELECT " + COLUMNS + " FROM breach_record WHERE " + where
                    + (after.isPresent() ? " AND (awareness_at, id) > (:afterAt, :afterId)" : "")
                    + " ORDER BY awareness_at, id LIMIT :limit"))
                    .bind("limit", page.limit() + 1);
            after.ifPresent(c -> select.bind("afterAt", c.awareness()).bind("afterId", c.id()));
            return select.map((rs, ctx) -> record(rs)).list();
        });
        return Page.of(rest, page.limit(), StoredBreachRow::cursorOf);
    }

    private static BreachRecord record(ResultSet rs) throws SQLException {
        String closedAt = rs.getString("closed_at");
        return StoredBreachRow.read(rs.getString("id"), rs.getString("reference"), rs.getString("summary"),
                rs.getString("assessments"), rs.getString("notifications"), rs.getString("reason_not_notifying"),
                rs.getString("actions_taken"), rs.getString("lessons_learned"), rs.getString("status"),
                closedAt == null ? null : Instant.parse(closedAt), rs.getLong("version"));
    }
}
