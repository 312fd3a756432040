package org.igkit.retention.memory;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

import org.igkit.core.error.ConflictException;
import org.igkit.core.paging.Page;
import org.igkit.core.paging.PageRequest;
import org.igkit.retention.disposal.BatchState;
import org.igkit.retention.disposal.DisposalBatch;
import org.igkit.retention.disposal.DisposalCandidate;
import org.igkit.retention.port.DisposalBatchRepository;

/** A {@link DisposalBatchRepository} in a sorted map, with an index of the records each open batch holds. */
public final class InMemoryDisposalBatchRepository implements DisposalBatchRepository {
    private final TreeMap<String, DisposalBatch> batches = new TreeMap<>();
    /** Record id to the open batch it is a candidate of. */
    private final Map<String, String> openByRecord = new HashMap<>();

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
        if (batch.isOpen()) {
            for (DisposalCandidate c : batch.candidates()) {
                String holder = openByRecord.get(c.recordId());
                if (holder != null && !holder.equals(batch.id())) {
                    throw inAnotherOpenBatch(batch.id(), c.recordId(), holder);
                }
            }
        }
        openByRecord.values().removeIf(batch.id()::equals);
        if (batch.isOpen()) {
            batch.candidates().forEach(c -> openByRecord.put(c.recordId(), batch.id()));
        }
        DisposalBatch saved = batch.withVersion(batch.version() + 1);
        batches.put(saved.id(), saved);
        return saved;
    }

    /** The conflict raised when an open batch would take a record another open batch holds. */
    private static ConflictException inAnotherOpenBatch(String batchId, String recordId, String holder) {
        return new ConflictException(ConflictException.Reason.INVALID_STATE, "disposal batch '" + batchId
                + "' cannot take record '" + recordId + "': it is a candidate of open batch '" + holder + "'");
    }

    @Override
    public synchronized Map<String, String> openBatchesOf(Collection<String> recordIds) {
        Map<String, String> open = new LinkedHashMap<>();
        for (String id : recordIds) {
            String holder = openByRecord.get(id);
            if (holder != null) {
                open.put(id, holder);
            }
        }
        return open;
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
