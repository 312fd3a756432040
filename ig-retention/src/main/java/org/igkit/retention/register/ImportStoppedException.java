package org.igkit.retention.register;

import org.igkit.core.error.ValidationException;

/**
 * A record import stopped by a refused row: the row's violations, plus how many batches were committed before it
 * (they stay committed, and a rerun under the same import id skips them).
 */
public final class ImportStoppedException extends ValidationException {
    private static final long serialVersionUID = 1L;

    private final String importId;
    private final long batchesCommitted;

    ImportStoppedException(String importId, long batchesCommitted, ValidationException refused) {
        super(refused.violations());
        this.importId = importId;
        this.batchesCommitted = batchesCommitted;
    }

    /** The import's id, to rerun with. */
    public String importId() {
        return importId;
    }

    /** Batches committed (by this run or an earlier one under the same id) before the refused row. */
    public long batchesCommitted() {
        return batchesCommitted;
    }
}
