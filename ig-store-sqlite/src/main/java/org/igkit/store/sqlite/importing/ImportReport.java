package org.igkit.store.sqlite.importing;

/**
 * What a bulk import did.
 *
 * @param importId         the import's id
 * @param rowsRead         input rows read
 * @param rowsAdded        rows that were new to the store; the rest were stored already (by an earlier run, or
 *                         another import of the same rows) and left as they were
 * @param batchesCommitted batches written by this run
 * @param batchesSkipped   batches an earlier run under the same id had committed, skipped without writing
 */
public record ImportReport(String importId, long rowsRead, long rowsAdded, long batchesCommitted, long batchesSkipped) {
}
