package org.igkit.store.sqlite;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.igkit.core.error.ValidationException;
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
import org.igkit.store.sqlite.importing.ImportOptions;
import org.igkit.store.sqlite.importing.ImportReport;
import org.igkit.store.sqlite.importing.ImportProgress.CommittedBatch;
import org.igkit.store.sqlite.internal.BatchImport;
import org.igkit.store.sqlite.internal.Database;
import org.igkit.store.sqlite.internal.TemporalText;
import org.igkit.store.jdbc.DateIdCursor;
import org.igkit.store.jdbc.Versions;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.Query;

/**
 * Records under retention in {@code retained_record} (one row each, facts included) and their reviews in
 * {@code retained_record_review}. The computed due date and status are stored as the record carries them; the
 * partial index {@code retained_record_due (due_date, id)} makes "due on or before D" a range scan whose keyset
 * is the (due date, id) pair.
 */
final class SqliteRecordRepository implements RecordRepository {
    private static final String TYPE = "retained record";
    private static final String COLUMNS = "id, schedule_id, entry_id, fact_dates, fact_flags, due_date, status, "
            + "computed_on, disposal_batch_id, disposal_action, disposal_executed_at, disposal_executed_by, review_count, "
            + "version";

    private final Database database;
    private final Clock clock;

    SqliteRecordRepository(Database database, Clock clock) {
        this.database = database;
        this.clock = clock;
    }

    @Override
    public RetainedRecord save(RetainedRecord record) {
        Objects.requireNonNull(record, "record");
        return database.write("saving retained record " + record.id(), h -> {
            Optional<Long> stored = h.createQuery("SELECT version FROM retained_record WHERE id = :id")
                    .bind("id", record.id()).mapTo(Long.class).findOne();
            Versions.check(TYPE, record.id(), record.version(), stored);
            RetainedRecord saved = record.withVersion(record.version() + 1);
            h.createUpdate("DELETE FROM retained_record_review WHERE record_id = :id").bind("id", saved.id()).execute();
            try (PreparedStatement upsert = h.getConnection().prepareStatement("INSERT INTO retained_record ("
                    + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET "
                    + "schedule_id = excluded.schedule_id, entry_id = excluded.entry_id, "
                    + "fact_dates = excluded.fact_dates, fact_flags = excluded.fact_flags, "
                    + "due_date = excluded.due_date, status = excluded.status, computed_on = excluded.computed_on, "
                    + "disposal_batch_id = excluded.disposal_batch_id, disposal_action = excluded.disposal_action, "
                    + "disposal_executed_at = excluded.disposal_executed_at, "
                    + "disposal_executed_by = excluded.disposal_executed_by, review_count = excluded.review_count, "
                    + "version = excluded.version")) {
                bindRow(upsert, saved);
                upsert.executeUpdate();
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
            insertReviews(h, saved);
            return saved;
        });
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

    /**
     * Adds the records not stored yet, in batches (see {@link BatchImport}); each must be new (version 0) and is
     * stored as version 1 with its due date and status as given.
     */
    ImportReport importRecords(Stream<RetainedRecord> records, ImportOptions options) {
        return importRecords(records, options, batch -> { });
    }

    /** As {@link #importRecords(Stream, ImportOptions)}, telling {@code inTransaction} of each batch before it commits. */
    ImportReport importRecords(Stream<RetainedRecord> records, ImportOptions options,
                               Consumer<CommittedBatch> inTransaction) {
        return BatchImport.<RetainedRecord>of(database, clock, RetainedRecord::id, SqliteRecordRepository::insertNew)
                .run(records, options, inTransaction);
    }

    private static int insertNew(Handle h, List<RetainedRecord> batch) throws SQLException {
        List<RetainedRecord> withReviews = new ArrayList<>();
        int added = 0;
        try (PreparedStatement insert = h.getConnection().prepareStatement("INSERT INTO retained_record (" + COLUMNS
                + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO NOTHING")) {
            for (RetainedRecord r : batch) {
                if (r.version() != 0) {
                    throw new ValidationException("version", "an imported record must be new (version 0); record '"
                            + r.id() + "' has version " + r.version(), r.version());
                }
                bindRow(insert, r.withVersion(1));
                insert.addBatch();
            }
            int[] counts = insert.executeBatch();
            for (int i = 0; i < counts.length; i++) {
                added += counts[i];
                if (counts[i] > 0 && !batch.get(i).reviews().isEmpty()) {
                    withReviews.add(batch.get(i));
                }
            }
        }
        for (RetainedRecord r : withReviews) {
            insertReviews(h, r);
        }
        return added;
    }

    private static void bindRow(PreparedStatement statement, RetainedRecord r) throws SQLException {
        statement.setString(1, r.id());
        statement.setString(2, r.entry().scheduleId());
        statement.setString(3, r.entry().entryId());
        statement.setString(4, Facts.datesOf(r.facts()));
        statement.setString(5, Facts.flagsOf(r.facts()));
        statement.setString(6, r.dueDate() == null ? null : TemporalText.of(r.dueDate()));
        statement.setString(7, r.status() == null ? null : r.status().name());
        statement.setString(8, r.computedOn() == null ? null : TemporalText.of(r.computedOn()));
        Disposal d = r.disposal();
        statement.setString(9, d == null ? null : d.batchId());
        statement.setString(10, d == null ? null : d.action().name());
        statement.setString(11, d == null ? null : TemporalText.of(d.executedAt()));
        statement.setString(12, d == null ? null : d.executedBy());
        statement.setInt(13, r.reviews().size());
        statement.setLong(14, r.version());
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
            insert.add(r.id(), i, TemporalText.of(v.reviewedOn()), v.outcome().name(),
                    by == null ? null : by.years(), by == null ? null : by.months(), by == null ? null : by.days(),
                    v.until() == null ? null : TemporalText.of(v.until()),
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
        String until = rs.getString("until");
        String next = rs.getString("next_action");
        return new Review(LocalDate.parse(rs.getString("reviewed_on")), ReviewOutcome.valueOf(rs.getString("outcome")),
                by, until == null ? null : LocalDate.parse(until), next == null ? null : DisposalAction.valueOf(next),
                rs.getString("reviewer"), rs.getString("reason"));
    }

    /** One record row before its reviews are attached. */
    private record RecordRow(String id, String scheduleId, String entryId, String factDates, String factFlags,
                             String dueDate, String status, String computedOn, String disposalBatchId,
                             String disposalAction, String disposalExecutedAt, String disposalExecutedBy,
                             int reviewCount, long version) {

        static RecordRow read(ResultSet rs) throws SQLException {
            return new RecordRow(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                    rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9), rs.getString(10),
                    rs.getString(11), rs.getString(12), rs.getInt(13), rs.getLong(14));
        }

        RetainedRecord toRecord(List<Review> reviews) {
            Disposal disposal = disposalBatchId == null ? null : new Disposal(disposalBatchId,
                    DisposalAction.valueOf(disposalAction), Instant.parse(disposalExecutedAt), disposalExecutedBy);
            return new RetainedRecord(id, EntryRef.of(scheduleId, entryId), Facts.parse(factDates, factFlags), reviews,
                    dueDate == null ? null : TemporalText.parseDate(dueDate), status == null ? null : Status.valueOf(status),
                    computedOn == null ? null : TemporalText.parseDate(computedOn), disposal, version);
        }
    }

    /** A record's facts as two texts of {@code name=value} pairs joined by {@code ;}, in name order. */
    private static final class Facts {
        private Facts() {
        }

        static String datesOf(RecordFacts facts) {
            StringBuilder text = new StringBuilder();
            facts.dates().forEach((name, date) -> text.append(text.length() == 0 ? "" : ";").append(name).append('=')
                    .append(TemporalText.of(date)));
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
            pairs(dates).forEach((name, value) -> dateFacts.put(name, TemporalText.parseDate(value)));
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
