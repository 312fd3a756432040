package org.igkit.store.postgres;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Collection;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.igkit.core.error.ConflictException;
import org.igkit.core.paging.Page;
import org.igkit.core.paging.PageRequest;
import org.igkit.json.StoredDocuments;
import org.igkit.retention.disposal.BatchState;
import org.igkit.retention.disposal.DisposalBatch;
import org.igkit.retention.port.DisposalBatchRepository;
import org.igkit.store.jdbc.BatchRecordClaims;
import org.igkit.store.jdbc.Versions;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.Query;

/**
 * Disposal batches in {@code disposal_batch}: one row per batch, its candidates and certificate as JSON documents
 * ({@link StoredDocuments}), listed by id over the primary key with the last id as the cursor. Batches are never
 * deleted, and an executed batch is final: its certificate is the record that the disposals were lawful. The
 * records of open batches are in {@code disposal_batch_record}, whose primary key keeps a record in at most one open
 * batch across every connection; a save rewrites its batch's rows in the same transaction.
 */
final class PostgresDisposalBatchRepository implements DisposalBatchRepository {
    private static final String TYPE = "disposal batch";
    /** Ids per {@code IN} list, well below the driver's limit on bound parameters. */
    private static final String COLUMNS = "id, as_of, candidates, state, approved_by, approved_at, certificate, version";

    private final PgDatabase database;

    PostgresDisposalBatchRepository(PgDatabase database) {
        this.database = database;
    }

    @Override
    public DisposalBatch save(DisposalBatch batch) {
        Objects.requireNonNull(batch, "batch");
        return database.write("saving disposal batch " + batch.id(), h -> {
            Optional<Stored> stored = h.createQuery("SELECT state, version FROM disposal_batch WHERE id = :id FOR UPDATE")
                    .bind("id", batch.id())
                    .map((rs, ctx) -> new Stored(BatchState.valueOf(rs.getString("state")), rs.getLong("version")))
                    .findOne();
            Versions.check(TYPE, batch.id(), batch.version(), stored.map(Stored::version));
            if (stored.isPresent() && stored.get().state() == BatchState.EXECUTED) {
                // the schema refuses it too (a trigger); saying so here keeps it a conflict, not a store failure
                throw new ConflictException(ConflictException.Reason.INVALID_STATE,
                        "disposal batch '" + batch.id() + "' was executed: it and its certificate cannot change");
            }
            DisposalBatch saved = batch.withVersion(batch.version() + 1);
            int written = h.createUpdate("INSERT INTO disposal_batch (" + COLUMNS + ") VALUES (:id, :asOf, :candidates, :state, "
                            + ":approvedBy, :approvedAt, :certificate, :version) "
                            + "ON CONFLICT (id) DO UPDATE SET as_of = excluded.as_of, "
                            + "candidates = excluded.candidates, state = excluded.state, "
                            + "approved_by = excluded.approved_by, approved_at = excluded.approved_at, "
                            + "certificate = excluded.certificate, version = excluded.version "
                            + "WHERE disposal_batch.version = :expected")
                    .bind("id", saved.id())
                    .bind("asOf", saved.asOf())
                    .bind("candidates", StoredDocuments.ofCandidates(saved.candidates()))
                    .bind("state", saved.state().name())
                    .bind("approvedBy", saved.approvedBy())
                    .bindByType("approvedAt", saved.approvedAt() == null ? null : TemporalText.of(saved.approvedAt()),
                            String.class)
                    .bind("certificate", StoredDocuments.ofCertificate(saved.certificate()))
                    .bind("version", saved.version())
                    .bind("expected", batch.version())
                    .execute();
            if (written == 0) {
                // a new batch (version 0) whose id another connection inserted after our read
                throw ConflictException.alreadyExists(TYPE, batch.id());
            }
            BatchRecordClaims.claim(h, saved);
            return saved;
        });
    }

    /**
     * Rewrites the rows of the records {@code batch} holds: none once executed, its candidates while open. A record
     * another open batch holds refuses the save, and the transaction with it.
     */
    @Override
    public Map<String, String> openBatchesOf(Collection<String> recordIds) {
        Objects.requireNonNull(recordIds, "recordIds");
        if (recordIds.isEmpty()) {
            return Map.of();
        }
        List<String> ids = List.copyOf(recordIds);
        return database.read("reading the open disposal batches of " + ids.size() + " record(s)", h -> BatchRecordClaims.holders(h, ids));
    }

    @Override
    public Optional<DisposalBatch> find(String batchId) {
        return database.read("reading disposal batch " + batchId, h -> h.createQuery(
                        "SELECT " + COLUMNS + " FROM disposal_batch WHERE id = :id").bind("id", batchId)
                .map((rs, ctx) -> batch(rs)).findOne());
    }

    @Override
    public Page<DisposalBatch> list(PageRequest page) {
        Objects.requireNonNull(page, "page");
        Optional<String> after = page.findAfterCursor();
        List<DisposalBatch> rest = database.read("listing disposal batches", h -> {
            Query select = h.createQuery("SELECT " + COLUMNS + " FROM disposal_batch"
                            + (after.isPresent() ? " WHERE id > :after" : "") + " ORDER BY id LIMIT :limit")
                    .bind("limit", page.limit() + 1);
            after.ifPresent(id -> select.bind("after", id));
            return select.map((rs, ctx) -> batch(rs)).list();
        });
        return Page.of(rest, page.limit(), DisposalBatch::id);
    }

    private static DisposalBatch batch(ResultSet rs) throws SQLException {
        String approvedAt = rs.getString("approved_at");
        return new DisposalBatch(rs.getString("id"), rs.getObject("as_of", LocalDate.class),
                StoredDocuments.candidates(rs.getString("candidates")), BatchState.valueOf(rs.getString("state")),
                rs.getString("approved_by"), approvedAt == null ? null : Instant.parse(approvedAt),
                StoredDocuments.certificate(rs.getString("certificate")), rs.getLong("version"));
    }

    /** What a save checks against: the stored batch's state and version. */
    private record Stored(BatchState state, long version) {
    }
}
