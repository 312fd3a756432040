package org.igkit.retention.record;

import java.util.Objects;

import org.igkit.core.error.ValidationException;

/**
 * One committed batch of a record import, as the audit trail records it.
 *
 * @param batchNumber      1 for the first batch of the input
 * @param rowsRead         input rows it held
 * @param rowsAdded        how many of them were new to the store (0 when the batch was committed by an earlier run
 *                         and only re-read by this one)
 * @param firstRecordId    the id of its first row
 * @param lastRecordId     the id of its last row
 * @param committedEarlier true when an earlier run under the same import id had committed it and this run skipped it
 */
public record ImportedBatch(long batchNumber, long rowsRead, long rowsAdded, String firstRecordId,
                            String lastRecordId, boolean committedEarlier) {
    public ImportedBatch {
        Objects.requireNonNull(firstRecordId, "firstRecordId");
        Objects.requireNonNull(lastRecordId, "lastRecordId");
        ValidationException.Collector problems = ValidationException.collector();
        problems.require(batchNumber >= 1, "batchNumber", "must be 1 or more", batchNumber);
        problems.require(rowsRead >= 1, "rowsRead", "must be 1 or more", rowsRead);
        problems.require(rowsAdded >= 0 && rowsAdded <= rowsRead, "rowsAdded", "must be between 0 and rowsRead",
                rowsAdded);
        problems.throwIfAny();
    }

    /** A batch this run wrote. */
    public static ImportedBatch committed(long batchNumber, long rowsRead, long rowsAdded, String firstRecordId,
                                          String lastRecordId) {
        return new ImportedBatch(batchNumber, rowsRead, rowsAdded, firstRecordId, lastRecordId, false);
    }

    /** A batch an earlier run under the same import id committed, skipped by this run. */
    public static ImportedBatch committedEarlier(long batchNumber, long rowsRead, String firstRecordId,
                                                 String lastRecordId) {
        return new ImportedBatch(batchNumber, rowsRead, 0, firstRecordId, lastRecordId, true);
    }
}
