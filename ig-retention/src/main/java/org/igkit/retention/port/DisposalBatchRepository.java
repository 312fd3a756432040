package org.igkit.retention.port;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;

import org.igkit.core.paging.Page;
import org.igkit.core.paging.PageRequest;
import org.igkit.retention.disposal.DisposalBatch;

/**
 * Stores disposal batches between the sweep, the approval and the execution (which an HTTP adapter runs as separate
 * requests), with their certificates once executed.
 *
 * <p>A record is a candidate of at most one open batch (PROPOSED, APPROVED or EXECUTING): the store holds that
 * rule itself, so that two sweeps at the same moment, from one process or two on one database, cannot both put a
 * record into a batch. Executing a batch releases its records.
 */
public interface DisposalBatchRepository {

    /**
     * Stores the batch if the stored version equals {@code batch.version()} (0 for a new one) and returns the stored
     * copy with the version incremented.
     *
     * @throws org.igkit.core.error.ConflictException version mismatch, or version 0 under an id that exists
     *         ({@code VERSION_MISMATCH}, {@code ALREADY_EXISTS}); an executed batch, which never changes, or an open
     *         batch naming a record that is a candidate of another open batch ({@code INVALID_STATE}); a refused
     *         save changes nothing
     */
    DisposalBatch save(DisposalBatch batch);

    /**
     * Which of {@code recordIds} are candidates of an open batch, each with that batch's id. Records in no open
     * batch (never swept, or only in executed batches) are absent from the map.
     */
    Map<String, String> openBatchesOf(Collection<String> recordIds);

    /** The batch, if stored. */
    Optional<DisposalBatch> find(String batchId);

    /** Batches ordered by id, paged; the cursor is the last id read. */
    Page<DisposalBatch> list(PageRequest page);
}
