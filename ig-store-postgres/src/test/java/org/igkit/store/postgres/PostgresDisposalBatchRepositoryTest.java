package org.igkit.store.postgres;

import org.igkit.retention.port.DisposalBatchRepository;
import org.igkit.testkit.retention.DisposalBatchRepositoryContract;
import org.junit.jupiter.api.AfterEach;

/** The PostgreSQL DisposalBatchRepository passes the contract every adapter must pass. */
class PostgresDisposalBatchRepositoryTest extends DisposalBatchRepositoryContract {
    private PostgresStore store;

    @Override
    protected DisposalBatchRepository newRepository() {
        store = TestDatabase.fresh().open();
        return store.disposalBatches();
    }

    @AfterEach
    void closeStore() {
        store.close();
    }
}
