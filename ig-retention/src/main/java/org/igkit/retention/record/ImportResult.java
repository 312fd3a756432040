package org.igkit.retention.record;

/**
 * What an import of records did.
 *
 * @param importId         the import's id
 * @param rowsRead         input rows read
 * @param rowsAdded        rows new to the store; the rest were stored already and left as they were
 * @param batchesCommitted batches written by this run
 * @param batchesSkipped   batches an earlier run under the same id had committed, skipped without writing
 */
public record ImportResult(String importId, long rowsRead, long rowsAdded, long batchesCommitted, long batchesSkipped) {
}
