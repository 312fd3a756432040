package org.igkit.store.sqlite;

import java.nio.file.Path;

import org.igkit.retention.port.RecordRepository;
import org.igkit.testkit.retention.RecordRepositoryContract;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;

/** The SQLite RecordRepository passes the contract every adapter must pass. */
class SqliteRecordRepositoryTest extends RecordRepositoryContract {
    @TempDir
    Path directory;
    private SqliteStore store;

    @Override
    protected RecordRepository newRepository() {
        store = TestDatabase.in(directory).open();
        return store.records();
    }

    @AfterEach
    void closeStore() {
        store.close();
    }
}
