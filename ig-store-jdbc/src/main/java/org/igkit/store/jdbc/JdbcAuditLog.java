package org.igkit.store.jdbc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

import org.igkit.core.audit.AuditChain;
import org.igkit.core.audit.AuditCheckpoint;
import org.igkit.core.audit.AuditEntry;
import org.igkit.core.audit.AuditEvent;
import org.igkit.core.audit.AuditSealing;
import org.igkit.core.audit.ChainVerification;
import org.igkit.core.error.ValidationException;
import org.igkit.core.paging.Page;
import org.igkit.core.paging.PageRequest;
import org.igkit.core.port.AuditLog;
import org.jdbi.v3.core.Handle;

/**
 * The audit log of both SQL stores, in three tables, {@code audit_entry}, {@code audit_detail} and
 * {@code audit_checkpoint}, which triggers make append-only. An append locks the chain (the {@link SqlDialect}
 * says how: PostgreSQL's transaction-level advisory lock; nothing for SQLite, whose {@code IMMEDIATE} write
 * transaction already holds the only write lock), then reads the last entry and writes the next one (sealed with
 * the current key, and with its checkpoint when one is due) in the same transaction, so entries from every thread
 * and process that shares the database form one chain without gaps or forks. Inside a unit of work
 * ({@link Transactions#unitOfWork()}) the append, its chain-head read and its checkpoint join the unit's transaction,
 * so they commit or roll back with the change the entry records; so does {@link #checkpoint()}, with the
 * {@code audit.checkpoint-signed} entry appended after it in the same unit.
 */
public final class JdbcAuditLog implements AuditLog {
    private static final String COLUMNS =
            "sequence, actor, action, occurred_at, subject_type, subject_id, previous_hash, hash, key_id";
    private static final String CHECKPOINT_COLUMNS = "sequence, head_hash, head_occurred_at, key_id, signature";
    /** How many entries {@link #verify()} holds in memory at a time. */
    private static final int VERIFY_CHUNK = 1000;

    /** Fixed width, so that text order is time order (both stores' rule for stored instants). */
    private static final DateTimeFormatter INSTANT_TEXT =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSSSSS'Z'").withZone(ZoneOffset.UTC);

    private final Transactions database;
    private final SqlDialect dialect;
    private final AuditSealing sealing;

    private JdbcAuditLog(Transactions database, SqlDialect dialect, AuditSealing sealing) {
        this.database = Objects.requireNonNull(database, "database");
        this.dialect = Objects.requireNonNull(dialect, "dialect");
        this.sealing = Objects.requireNonNull(sealing, "sealing");
    }

    /** The audit log in {@code database}'s audit tables, sealed and checkpointed as {@code sealing} says. */
    public static JdbcAuditLog of(Transactions database, SqlDialect dialect, AuditSealing sealing) {
        return new JdbcAuditLog(database, dialect, sealing);
    }

    @Override
    public AuditEntry append(AuditEvent event) {
        if (event == null) {
            throw new ValidationException("event", "is required", null);
        }
        return database.write("appending to the audit log", h -> {
            lockChain(h);
            AuditEntry entry = AuditChain.afterLast(last(h), sealing.keyring()).link(event);
            h.createUpdate("INSERT INTO audit_entry (" + COLUMNS + ") VALUES (:sequence, :actor, :action, "
                            + ":occurredAt, :subjectType, :subjectId, :previousHash, :hash, :keyId)")
                    .bind("sequence", entry.sequence())
                    .bind("actor", event.actor())
                    .bind("action", event.action())
                    .bind("occurredAt", INSTANT_TEXT.format(event.occurredAt()))
                    .bind("subjectType", event.subjectType())
                    .bind("subjectId", event.subjectId())
                    .bind("previousHash", entry.previousHash())
                    .bind("hash", entry.hash())
                    .bind("keyId", entry.keyId())
                    .execute();
            if (!event.details().isEmpty()) {
                var details = h.prepareBatch("INSERT INTO audit_detail (sequence, key, value) VALUES (?, ?, ?)");
                event.details().forEach((key, value) -> details.add(entry.sequence(), key, value));
                details.execute();
            }
            sealing.automaticCheckpoint(entry).ifPresent(checkpoint -> insert(h, checkpoint));
            return entry;
        });
    }

    @Override
    public AuditCheckpoint checkpoint() {
        return database.write("signing an audit checkpoint", h -> {
            lockChain(h);
            AuditCheckpoint checkpoint = sealing.checkpointFor(last(h));
            insert(h, checkpoint);
            return checkpoint;
        });
    }

    @Override
    public List<AuditCheckpoint> checkpoints() {
        return database.read("reading the audit checkpoints", h -> h.createQuery("SELECT " + CHECKPOINT_COLUMNS
                        + " FROM audit_checkpoint ORDER BY sequence, key_id")
                .map((rs, ctx) -> new AuditCheckpoint(rs.getLong(1), rs.getString(2), Instant.parse(rs.getString(3)),
                        rs.getString(4), rs.getString(5)))
                .list());
    }

    private void lockChain(Handle h) {
        dialect.lockAuditChain(h);
    }

    private Optional<AuditEntry> last(Handle h) {
        return entries(h, "SELECT " + COLUMNS + " FROM audit_entry ORDER BY sequence DESC LIMIT 1").stream().findFirst();
    }

    private void insert(Handle h, AuditCheckpoint checkpoint) {
        // one checkpoint per head and key: asking again where one is already stored keeps the stored one
        h.createUpdate(dialect.insertUnlessPresent("audit_checkpoint", CHECKPOINT_COLUMNS,
                        "(:sequence, :headHash, :headOccurredAt, :keyId, :signature)"))
                .bind("sequence", checkpoint.sequence())
                .bind("headHash", checkpoint.headHash())
                .bind("headOccurredAt", INSTANT_TEXT.format(checkpoint.headOccurredAt()))
                .bind("keyId", checkpoint.keyId())
                .bind("signature", checkpoint.signature())
                .execute();
    }

    @Override
    public Page<AuditEntry> read(PageRequest page) {
        long after = page.findAfterCursor().map(JdbcAuditLog::parseCursor).orElse(0L);
        List<AuditEntry> rest = database.read("reading the audit log", h -> entriesAfter(h, after, page.limit() + 1));
        return Page.of(rest, page.limit(), e -> Long.toString(e.sequence()));
    }

    @Override
    public List<AuditEntry> forSubject(String subjectType, String subjectId) {
        return database.read("reading the audit log of a subject", h -> {
            List<Row> rows = h.createQuery("SELECT " + COLUMNS + " FROM audit_entry "
                            + "WHERE subject_type = :type AND subject_id = :id ORDER BY sequence")
                    .bind("type", subjectType)
                    .bind("id", subjectId)
                    .map((rs, ctx) -> Row.read(rs))
                    .list();
            Map<Long, Map<String, String>> details = new TreeMap<>();
            h.createQuery("SELECT d.sequence, d.key, d.value FROM audit_detail d JOIN audit_entry e USING (sequence) "
                            + "WHERE e.subject_type = :type AND e.subject_id = :id")
                    .bind("type", subjectType)
                    .bind("id", subjectId)
                    .map((rs, ctx) -> details.computeIfAbsent(rs.getLong(1), k -> new TreeMap<>())
                            .put(rs.getString(2), rs.getString(3)))
                    .list();
            return rows.stream().map(r -> r.toEntry(details)).toList();
        });
    }

    @Override
    public long size() {
        return database.read("counting the audit log",
                h -> h.createQuery("SELECT count(*) FROM audit_entry").mapTo(Long.class).one());
    }

    @Override
    public ChainVerification verify() {
        return verifyWith(Optional.empty());
    }

    @Override
    public ChainVerification verifyAgainst(AuditCheckpoint keptElsewhere) {
        return verifyWith(Optional.of(Objects.requireNonNull(keptElsewhere, "keptElsewhere")));
    }

    private ChainVerification verifyWith(Optional<AuditCheckpoint> keptElsewhere) {
        List<AuditCheckpoint> checkpoints = new ArrayList<>(checkpoints());
        keptElsewhere.ifPresent(checkpoints::add);
        ChunkedEntries entries = new ChunkedEntries();
        ChainVerification walked = AuditChain.verify(() -> entries, sealing.keyring(), checkpoints);
        boolean stoppedEarly = entries.unreadable != null
                && (walked.isIntact() || walked.firstBrokenAt() >= entries.unreadable.sequence());
        if (stoppedEarly) {
            // the walk stopped at an entry whose stored fields no longer make an event: tampered with
            return ChainVerification.brokenAt(walked.entriesChecked() + 1, entries.unreadable.sequence(),
                    "entry " + entries.unreadable.sequence() + " was altered after it was written and cannot be "
                            + "read: " + entries.unreadable.problem());
        }
        return walked;
    }

    private List<AuditEntry> entriesAfter(Handle h, long afterSequence, int limit) {
        List<Row> rows = h.createQuery("SELECT " + COLUMNS + " FROM audit_entry WHERE sequence > :after "
                        + "ORDER BY sequence LIMIT :limit")
                .bind("after", afterSequence)
                .bind("limit", limit)
                .map((rs, ctx) -> Row.read(rs))
                .list();
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<Long, Map<String, String>> details = detailsBetween(h, rows.get(0).sequence(),
                rows.get(rows.size() - 1).sequence());
        return rows.stream().map(r -> r.toEntry(details)).toList();
    }

    private List<AuditEntry> entries(Handle h, String sql) {
        List<Row> rows = h.createQuery(sql).map((rs, ctx) -> Row.read(rs)).list();
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<Long, Map<String, String>> details = detailsBetween(h, rows.get(0).sequence(), rows.get(0).sequence());
        return rows.stream().map(r -> r.toEntry(details)).toList();
    }

    private static Map<Long, Map<String, String>> detailsBetween(Handle h, long firstSequence, long lastSequence) {
        Map<Long, Map<String, String>> details = new TreeMap<>();
        h.createQuery("SELECT sequence, key, value FROM audit_detail WHERE sequence BETWEEN :first AND :last")
                .bind("first", Math.min(firstSequence, lastSequence))
                .bind("last", Math.max(firstSequence, lastSequence))
                .map((rs, ctx) -> details.computeIfAbsent(rs.getLong(1), k -> new TreeMap<>())
                        .put(rs.getString(2), rs.getString(3)))
                .list();
        return details;
    }

    private static long parseCursor(String cursor) {
        try {
            return Long.parseLong(cursor);
        } catch (NumberFormatException e) {
            throw new ValidationException("after", "must be a cursor returned by a previous page", cursor);
        }
    }

    /** An entry whose stored fields do not make an event, and why. */
    private record Unreadable(long sequence, String problem) {
    }

    /** One stored entry before its details are attached. */
    private record Row(long sequence, String actor, String action, Instant occurredAt, String subjectType,
                       String subjectId, String previousHash, String hash, String keyId) {

        static Row read(ResultSet rs) throws SQLException {
            return new Row(rs.getLong("sequence"), rs.getString("actor"), rs.getString("action"),
                    Instant.parse(rs.getString("occurred_at")), rs.getString("subject_type"),
                    rs.getString("subject_id"), rs.getString("previous_hash"), rs.getString("hash"),
                    rs.getString("key_id"));
        }

        AuditEntry toEntry(Map<Long, Map<String, String>> details) {
            AuditEvent event = new AuditEvent(actor, action, occurredAt, subjectType, subjectId,
                    details.getOrDefault(sequence, Map.of()));
            return new AuditEntry(sequence, event, previousHash, hash, keyId);
        }
    }

    /**
     * Every entry in sequence order, read {@value #VERIFY_CHUNK} at a time so that any size of log verifies. It
     * stops before the first entry that cannot be read back as an event, and says which in {@link #unreadable}.
     */
    private final class ChunkedEntries implements Iterator<AuditEntry> {
        private List<AuditEntry> chunk = new ArrayList<>();
        private int next;
        private long lastSequence;
        private boolean exhausted;
        private Unreadable unreadable;

        @Override
        public boolean hasNext() {
            if (next < chunk.size()) {
                return true;
            }
            if (exhausted) {
                return false;
            }
            List<Row> rows = database.read("verifying the audit log", h -> h.createQuery("SELECT " + COLUMNS
                            + " FROM audit_entry WHERE sequence > :after ORDER BY sequence LIMIT :limit")
                    .bind("after", lastSequence).bind("limit", VERIFY_CHUNK).map((rs, ctx) -> Row.read(rs)).list());
            exhausted = rows.size() < VERIFY_CHUNK;
            Map<Long, Map<String, String>> details = rows.isEmpty() ? Map.of() : database.read(
                    "verifying the audit log", h -> detailsBetween(h, rows.get(0).sequence(),
                            rows.get(rows.size() - 1).sequence()));
            chunk = new ArrayList<>();
            for (Row row : rows) {
                try {
                    chunk.add(row.toEntry(details));
                } catch (ValidationException e) {
                    unreadable = new Unreadable(row.sequence(), e.getMessage());
                    exhausted = true;
                    break;
                }
            }
            next = 0;
            return !chunk.isEmpty();
        }

        @Override
        public AuditEntry next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            AuditEntry entry = chunk.get(next++);
            lastSequence = entry.sequence();
            return entry;
        }
    }
}
