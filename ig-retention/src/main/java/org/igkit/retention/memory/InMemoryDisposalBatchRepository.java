package org.igkit.retention.memory;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

import org.igkit.core.error.ConflictException;
import org.igkit.core.paging.Page;
import org.igkit.core.paging.PageRequest;
import org.igkit.retention.disposal.BatchState;
import org.igkit.retention.disposal.DisposalBatch;
import org.igkit.retention.port.DisposalBatchRepository;

/** A {@link DisposalBatchRepository} in a sorted map. */
public final class InMemoryDisposalBatchRepository implements DisposalBatchRepository {
    private final TreeMap<String, DisposalBatch> batches = new TreeMap<>();

    private InMemoryDisposalBatchRepository() {
    }

    /** An empty repository. */
    public static InMemoryDisposalBatchRepository create() {
        return new InMemoryDisposalBatchRepository();
    }

    @Override
    public synchronized DisposalBatch save(DisposalBatch batch) {
        Objects.requireNonNull(batch, "batch");
        DisposalBatch stored = batches.get(batch.id());
        if (stored == null && batch.version() != 0) {
            throw ConflictException.versionMismatch("disposal batch", batch.id(), batch.version(), 0);
        }
        if (stored != null && batch.version() == 0) {
            throw ConflictException.alreadyExists("disposal batch", batch.id());
        }
        if (stored != null && stored.version() != batch.version()) {
            throw ConflictException.versionMismatch("disposal batch", batch.id(), batch.version(), stored.version());
        }
        if (stored != null && stored.state() == BatchState.EXECUTED) {
            throw new ConflictException(ConflictException.Reason.INVALID_STATE,
                    "disposal batch '" + batch.id() + "' was executed: it and its certificate cannot change");
        }
        DisposalBatch saved = batch.withVersion(batch.version() + 1);
        batches.put(saved.id(), saved);
        return saved;
    }

    @Override
    public synchronized Optional<DisposalBatch> find(String batchId) {
        return Optional.ofNullable(batches.get(batchId));
    }

    @Override
    public synchronized Page<DisposalBatch> list(PageRequest page) {
        String after = page.afterCursor();
        List<DisposalBatch> rest = new ArrayList<>();
        for (DisposalBatch b : (after == null ? batches : batches.tailMap(after, false)).values()) {
            rest.add(b);
            if (rest.size() > page.limit()) {
                break;
            }
        }
        return Page.of(rest, page.limit(), DisposalBatch::id);
    }
}
