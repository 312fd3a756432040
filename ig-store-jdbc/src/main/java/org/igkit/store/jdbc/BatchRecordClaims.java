package org.igkit.store.jdbc;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.igkit.core.error.ConflictException;
import org.igkit.retention.disposal.DisposalBatch;
import org.igkit.retention.disposal.DisposalCandidate;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.PreparedBatch;

/**
 * The records of open disposal batches, in {@code disposal_batch_record} (one row per record, the record id its
 * primary key), so that a record is a candidate of at most one open batch across every connection and server.
 * Both SQL stores keep the table in the same shape and call this inside the transaction that saves a batch.
 */
public final class BatchRecordClaims {
    /** How many ids one {@code IN (...)} list binds (SQLite's variable limit is far above it). */
    private static final int IDS_PER_QUERY = 500;

    private BatchRecordClaims() {
    }

    /**
     * Rewrites {@code batch}'s claims after it is saved: an executed batch holds nothing; an open one holds its
     * candidates, unless another open batch holds one of them.
     *
     * @throws ConflictException (invalid state) naming the record and the batch that holds it
     */
    public static void claim(Handle h, DisposalBatch batch) {
        h.createUpdate("DELETE FROM disposal_batch_record WHERE batch_id = :id").bind("id", batch.id()).execute();
        if (!batch.isOpen() || batch.candidates().isEmpty()) {
            return;
        }
        List<String> ids = batch.candidates().stream().map(DisposalCandidate::recordId).toList();
        Map<String, String> held = holders(h, ids);
        if (!held.isEmpty()) {
            Map.Entry<String, String> first = held.entrySet().iterator().next();
            throw new ConflictException(ConflictException.Reason.INVALID_STATE, "disposal batch '" + batch.id()
                    + "' cannot take record '" + first.getKey() + "': it is a candidate of open batch '"
                    + first.getValue() + "'");
        }
        PreparedBatch insert = h.prepareBatch("INSERT INTO disposal_batch_record (record_id, batch_id) VALUES (?, ?) "
                + "ON CONFLICT (record_id) DO NOTHING");
        ids.forEach(id -> insert.add(id, batch.id()));
        int inserted = 0;
        for (int count : insert.execute()) {
            inserted += count;
        }
        if (inserted != ids.size()) {
            // another connection's batch took one of them between the check and the insert
            throw new ConflictException(ConflictException.Reason.INVALID_STATE, "disposal batch '" + batch.id()
                    + "' cannot take its records: a batch saved at the same moment holds one of them; sweep again");
        }
    }

    /** The open batch holding each of {@code recordIds} that one holds, by record id. */
    public static Map<String, String> holders(Handle h, List<String> recordIds) {
        Objects.requireNonNull(recordIds, "recordIds");
        Map<String, String> held = new LinkedHashMap<>();
        for (int from = 0; from < recordIds.size(); from += IDS_PER_QUERY) {
            h.createQuery("SELECT record_id, batch_id FROM disposal_batch_record WHERE record_id IN (<ids>)")
                    .bindList("ids", recordIds.subList(from, Math.min(recordIds.size(), from + IDS_PER_QUERY)))
                    .map((rs, ctx) -> Map.entry(rs.getString("record_id"), rs.getString("batch_id")))
                    .forEach(e -> held.put(e.getKey(), e.getValue()));
        }
        return held;
    }
}
