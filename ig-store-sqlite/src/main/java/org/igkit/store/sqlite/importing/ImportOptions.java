package org.igkit.store.sqlite.importing;

import java.util.Objects;

import org.igkit.core.error.ValidationException;

/**
 * How to run one bulk import.
 *
 * @param importId  names the input (a file name with its checksum, say); a rerun under the same id resumes after
 *                  the last committed batch, and must use the same batch size
 * @param batchSize rows per transaction, 1 to {@value #MAX_BATCH_SIZE}: larger batches import faster, smaller ones
 *                  hold the write lock for less time and lose less work to a crash
 * @param progress  told about every committed batch
 */
public record ImportOptions(String importId, int batchSize, ImportProgress progress) {
    /** The batch size when a caller does not choose. */
    public static final int DEFAULT_BATCH_SIZE = 10_000;
    /** The largest batch: a batch is held in memory before it is written. */
    public static final int MAX_BATCH_SIZE = 1_000_000;

    public ImportOptions {
        ValidationException.Collector problems = ValidationException.collector();
        problems.require(importId != null && !importId.isBlank(), "importId", "must not be blank", importId);
        problems.require(batchSize >= 1 && batchSize <= MAX_BATCH_SIZE, "batchSize",
                "must be between 1 and " + MAX_BATCH_SIZE, batchSize);
        problems.throwIfAny();
        Objects.requireNonNull(progress, "progress");
    }

    /** An import named {@code importId} in batches of {@value #DEFAULT_BATCH_SIZE}, reporting nothing. */
    public static ImportOptions of(String importId) {
        return new ImportOptions(importId, DEFAULT_BATCH_SIZE, ImportProgress.IGNORE);
    }

    /** A copy with another batch size. */
    public ImportOptions withBatchSize(int rowsPerBatch) {
        return new ImportOptions(importId, rowsPerBatch, progress);
    }

    /** A copy that tells {@code listener} about each committed batch. */
    public ImportOptions withProgress(ImportProgress listener) {
        return new ImportOptions(importId, batchSize, listener);
    }
}
