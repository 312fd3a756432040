package org.igkit.store.sqlite;

import java.nio.file.Path;

import org.igkit.retention.port.DisposalBatchRepository;
import org.igkit.testkit.retention.DisposalBatchRepositoryContract;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;

/** The SQLite DisposalBatchRepository passes the contract every adapter must pass. */
class SqliteDisposalBatchRepositoryTest extends DisposalBatchRepositoryContract {
    @TempDir
    Path directory;
    private SqliteStore store;

    @Override
    protected DisposalBatchRepository newRepository() {
        store = TestDatabase.in(directory).open();
        return store.disposalBatches();
    }

    @AfterEach
    void closeStore() {
        store.close();
    }
}
