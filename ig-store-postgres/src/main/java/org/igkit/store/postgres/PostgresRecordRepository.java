package org.igkit.store.postgres;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

import org.igkit.core.error.ConflictException;
import org.igkit.core.paging.Page;
import org.igkit.core.paging.PageRequest;
import org.igkit.retention.calculation.Status;
import org.igkit.retention.port.RecordRepository;
import org.igkit.retention.record.Disposal;
import org.igkit.retention.record.RetainedRecord;
import org.igkit.retention.review.Review;
import org.igkit.retention.review.ReviewOutcome;
import org.igkit.retention.rule.Offset;
import org.igkit.retention.rule.RecordFacts;
import org.igkit.retention.schedule.DisposalAction;
import org.igkit.retention.schedule.EntryRef;
import org.igkit.store.jdbc.DateIdCursor;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.Query;

/**
 * Records under retention in {@code retained_record} (one row each, facts included, dates as {@code DATE}) and
 * their reviews in {@code retained_record_review}. A save of a stored record is {@code UPDATE ... WHERE id = ? AND
 * version = ?}: PostgreSQL's row lock serialises concurrent saves, and the one that finds the version moved on
 * updates nothing and fails with a {@link ConflictException}, so no update is lost across connections or
 * processes. The partial index {@code retained_record_due (due_date, id)} makes "due on or before D" a keyset range
 * scan.
 */
final class PostgresRecordRepository implements RecordRepository {
    private static final String TYPE = "retained record";
    private static final String COLUMNS = "id, schedule_id, entry_id, fact_dates, fact_flags, due_date, status, "
            + "computed_on, disposal_batch_id, disposal_action, disposal_executed_at, disposal_executed_by, review_count, "
            + "version";

    private static final String UPDATE = "UPDATE retained_record SET schedule_id = ?, entry_id = ?, fact_dates = ?, "
            + "fact_flags = ?, due_date = ?, status = ?, computed_on = ?, disposal_batch_id = ?, disposal_action = ?, "
            + "disposal_executed_at = ?, disposal_executed_by = ?, review_count = ?, version = ? "
            + "WHERE id = ? AND version = ?";
    private static final DateTimeFormatter INSTANT_TEXT =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSSSSS'Z'").withZone(ZoneOffset.UTC);

    private final PgDatabase database;

    PostgresRecordRepository(PgDatabase database) {
        this.database = database;
    }

    @Override
    public RetainedRecord save(RetainedRecord record) {
        Objects.requireNonNull(record, "record");
        return database.write("saving retained record " + record.id(), h -> {
            RetainedRecord saved = record.withVersion(record.version() + 1);
            try {
                if (record.version() == 0) {
                    insert(h, saved);
                } else {
                    update(h, saved, record.version());
                    h.createUpdate("DELETE FROM retained_record_review WHERE record_id = :id").bind("id", saved.id())
                            .execute();
                }
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
            insertReviews(h, saved);
            return saved;
        });
    }

    private static void insert(Handle h, RetainedRecord saved) throws SQLException {
        try (PreparedStatement insert = h.getConnection().prepareStatement("INSERT INTO retained_record (" + COLUMNS
                + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO NOTHING")) {
            bindRow(insert, saved);
            if (insert.executeUpdate() == 0) {
                throw ConflictException.alreadyExists(TYPE, saved.id());
            }
        }
    }

    private static void update(Handle h, RetainedRecord saved, long expected) throws SQLException {
        try (PreparedStatement update = h.getConnection().prepareStatement(UPDATE)) {
            bindFields(update, 1, saved);
            update.setLong(13, saved.version());
            update.setString(14, saved.id());
            update.setLong(15, expected);
            if (update.executeUpdate() == 1) {
                return;
            }
        }
        long stored = h.createQuery("SELECT version FROM retained_record WHERE id = :id").bind("id", saved.id())
                .mapTo(Long.class).findOne().orElse(0L);
        throw ConflictException.versionMismatch(TYPE, saved.id(), expected, stored);
    }

    @Override
    public Optional<RetainedRecord> find(String recordId) {
        return database.read("reading retained record " + recordId, h -> assemble(h,
                h.createQuery("SELECT " + COLUMNS + " FROM retained_record WHERE id = :id").bind("id", recordId))
                .stream().findFirst());
    }

    @Override
    public Page<RetainedRecord> listDueOnOrBefore(LocalDate date, PageRequest page) {
        Objects.requireNonNull(date, "date");
        Optional<DateIdCursor> after = page.findAfterCursor().map(DateIdCursor::parse);
        List<RetainedRecord> rest = database.read("listing records due on or before " + date, h -> {
            Query select = h.createQuery("SELECT " + COLUMNS + " FROM retained_record "
                    + "WHERE due_date IS NOT NULL AND disposal_batch_id IS NULL AND due_date <= :date"
                    + (after.isPresent() ? " AND (due_date, id) > (:afterDate, :afterId)" : "")
                    + " ORDER BY due_date, id LIMIT :limit")
                    .bind("date", date)
                    .bind("limit", page.limit() + 1);
            after.ifPresent(c -> select.bind("afterDate", c.date()).bind("afterId", c.id()));
            return assemble(h, select);
        });
        return Page.of(rest, page.limit(), r -> DateIdCursor.of(r.dueDate(), r.id()));
    }

    @Override
    public Page<RetainedRecord> listByEntry(EntryRef entry, PageRequest page) {
        Objects.requireNonNull(entry, "entry");
        String after = page.afterCursor();
        List<RetainedRecord> rest = database.read("listing records of entry " + entry, h -> {
            Query select = h.createQuery("SELECT " + COLUMNS + " FROM retained_record "
                    + "WHERE schedule_id = :scheduleId AND entry_id = :entryId"
                    + (after == null ? "" : " AND id > :after") + " ORDER BY id LIMIT :limit")
                    .bind("scheduleId", entry.scheduleId())
                    .bind("entryId", entry.entryId())
                    .bind("limit", page.limit() + 1);
            if (after != null) {
                select.bind("after", after);
            }
            return assemble(h, select);
        });
        return Page.of(rest, page.limit(), RetainedRecord::id);
    }

    private static void bindRow(PreparedStatement statement, RetainedRecord r) throws SQLException {
        statement.setString(1, r.id());
        bindFields(statement, 2, r);
        statement.setLong(14, r.version());
    }

    /** Binds the twelve columns from schedule_id to review_count, starting at parameter {@code first}. */
    private static void bindFields(PreparedStatement statement, int first, RetainedRecord r) throws SQLException {
        int i = first;
        statement.setString(i++, r.entry().scheduleId());
        statement.setString(i++, r.entry().entryId());
        statement.setString(i++, Facts.datesOf(r.facts()));
        statement.setString(i++, Facts.flagsOf(r.facts()));
        setDate(statement, i++, r.dueDate());
        statement.setString(i++, r.status() == null ? null : r.status().name());
        setDate(statement, i++, r.computedOn());
        Disposal d = r.disposal();
        statement.setString(i++, d == null ? null : d.batchId());
        statement.setString(i++, d == null ? null : d.action().name());
        statement.setString(i++, d == null ? null : INSTANT_TEXT.format(d.executedAt()));
        statement.setString(i++, d == null ? null : d.executedBy());
        statement.setInt(i, r.reviews().size());
    }

    private static void setDate(PreparedStatement statement, int index, LocalDate date) throws SQLException {
        if (date == null) {
            statement.setNull(index, Types.DATE);
        } else {
            statement.setObject(index, date);
        }
    }

    private static void insertReviews(Handle h, RetainedRecord r) {
        if (r.reviews().isEmpty()) {
            return;
        }
        var insert = h.prepareBatch("INSERT INTO retained_record_review (record_id, position, reviewed_on, outcome, "
                + "extend_years, extend_months, extend_days, until, next_action, reviewer, reason) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
        for (int i = 0; i < r.reviews().size(); i++) {
            Review v = r.reviews().get(i);
            Offset by = v.extendBy();
            insert.add(r.id(), i, v.reviewedOn(), v.outcome().name(),
                    by == null ? null : by.years(), by == null ? null : by.months(), by == null ? null : by.days(),
                    v.until(),
                    v.nextAction() == null ? null : v.nextAction().name(), v.reviewer(), v.reason());
        }
        insert.execute();
    }

    /** Reads the record rows {@code select} returns with their reviews, in the select's order. */
    private static List<RetainedRecord> assemble(Handle h, Query select) {
        List<RecordRow> rows = select.map((rs, ctx) -> RecordRow.read(rs)).list();
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<String, List<Review>> reviews = new HashMap<>();
        List<String> reviewed = rows.stream().filter(r -> r.reviewCount() > 0).map(RecordRow::id).toList();
        if (!reviewed.isEmpty()) {
            h.createQuery("SELECT * FROM retained_record_review WHERE record_id IN (<ids>) ORDER BY record_id, position")
                    .bindList("ids", reviewed)
                    .map((rs, ctx) -> reviews.computeIfAbsent(rs.getString("record_id"), k -> new ArrayList<>())
                            .add(review(rs)))
                    .list();
        }
        return rows.stream().map(r -> r.toRecord(reviews.getOrDefault(r.id(), List.of()))).toList();
    }

    private static Review review(ResultSet rs) throws SQLException {
        Offset by = rs.getObject("extend_years") == null ? null
                : Offset.of(rs.getInt("extend_years"), rs.getInt("extend_months"), rs.getInt("extend_days"));
        LocalDate until = rs.getObject("until", LocalDate.class);
        String next = rs.getString("next_action");
        return new Review(rs.getObject("reviewed_on", LocalDate.class), ReviewOutcome.valueOf(rs.getString("outcome")),
                by, until, next == null ? null : DisposalAction.valueOf(next),
                rs.getString("reviewer"), rs.getString("reason"));
    }

    /** One record row before its reviews are attached. */
    private record RecordRow(String id, String scheduleId, String entryId, String factDates, String factFlags,
                             LocalDate dueDate, String status, LocalDate computedOn, String disposalBatchId,
                             String disposalAction, String disposalExecutedAt, String disposalExecutedBy,
                             int reviewCount, long version) {

        static RecordRow read(ResultSet rs) throws SQLException {
            return new RecordRow(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                    rs.getObject(6, LocalDate.class), rs.getString(7), rs.getObject(8, LocalDate.class), rs.getString(9), rs.getString(10),
                    rs.getString(11), rs.getString(12), rs.getInt(13), rs.getLong(14));
        }

        RetainedRecord toRecord(List<Review> reviews) {
            Disposal disposal = disposalBatchId == null ? null : new Disposal(disposalBatchId,
                    DisposalAction.valueOf(disposalAction), Instant.parse(disposalExecutedAt), disposalExecutedBy);
            return new RetainedRecord(id, EntryRef.of(scheduleId, entryId), Facts.parse(factDates, factFlags), reviews,
                    dueDate, status == null ? null : Status.valueOf(status),
                    computedOn, disposal, version);
        }
    }

    /** A record's facts as two texts of {@code name=value} pairs joined by {@code ;}, in name order. */
    private static final class Facts {
        private Facts() {
        }

        static String datesOf(RecordFacts facts) {
            StringBuilder text = new StringBuilder();
            facts.dates().forEach((name, date) -> text.append(text.length() == 0 ? "" : ";").append(name).append('=')
                    .append(date));
            return text.toString();
        }

        static String flagsOf(RecordFacts facts) {
            StringBuilder text = new StringBuilder();
            facts.flags().forEach((name, flag) -> text.append(text.length() == 0 ? "" : ";").append(name).append('=')
                    .append(flag));
            return text.toString();
        }

        static RecordFacts parse(String dates, String flags) {
            Map<String, LocalDate> dateFacts = new TreeMap<>();
            pairs(dates).forEach((name, value) -> dateFacts.put(name, LocalDate.parse(value)));
            Map<String, Boolean> flagFacts = new TreeMap<>();
            pairs(flags).forEach((name, value) -> flagFacts.put(name, Boolean.parseBoolean(value)));
            return new RecordFacts(dateFacts, flagFacts);
        }

        private static Map<String, String> pairs(String text) {
            Map<String, String> pairs = new TreeMap<>();
            if (text.isEmpty()) {
                return pairs;
            }
            for (String pair : text.split(";")) {
                int equals = pair.indexOf('=');
                pairs.put(pair.substring(0, equals), pair.substring(equals + 1));
            }
            return pairs;
        }
    }
}
