package org.igkit.retention.port;

import java.util.Optional;

import org.igkit.core.paging.Page;
import org.igkit.core.paging.PageRequest;
import org.igkit.retention.disposal.DisposalBatch;

/**
 * Stores disposal batches between the sweep, the approval and the execution (which an HTTP adapter runs as separate
 * requests), with their certificates once executed.
 */
public interface DisposalBatchRepository {

    /**
     * Stores the batch if the stored version equals {@code batch.version()} (0 for a new one) and returns the stored
     * copy with the version incremented.
     *
     * @throws org.igkit.core.error.ConflictException version mismatch, or version 0 under an id that exists
     */
    DisposalBatch save(DisposalBatch batch);

    /** The batch, if stored. */
    Optional<DisposalBatch> find(String batchId);

    /** Batches ordered by id, paged; the cursor is the last id read. */
    Page<DisposalBatch> list(PageRequest page);
}
