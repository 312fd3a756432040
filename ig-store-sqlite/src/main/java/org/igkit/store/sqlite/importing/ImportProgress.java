package org.igkit.store.sqlite.importing;

/**
 * Told about each batch once its transaction has committed, so that whatever it records (a log line, a progress
 * bar, a checkpoint of its own) never claims a batch the database might still lose to a crash.
 */
@FunctionalInterface
public interface ImportProgress {
    /** A listener that ignores progress. */
    ImportProgress IGNORE = batch -> { };

    /** Batch {@code batch} is committed (or was already committed by an earlier run and was skipped). */
    void committed(CommittedBatch batch);

    /**
     * One committed batch.
     *
     * @param importId    the import it belongs to
     * @param batchNumber 1 for the first batch of the input
     * @param rowsRead    how many input rows it held
     * @param rowsAdded   how many of them were new to the store (0 when an earlier run had stored them)
     * @param firstKey    the key of its first row
     * @param lastKey     the key of its last row
     * @param skipped     true when an earlier run under the same import id had committed it already
     */
    record CommittedBatch(String importId, long batchNumber, int rowsRead, int rowsAdded, String firstKey,
                          String lastKey, boolean skipped) {
    }
}
