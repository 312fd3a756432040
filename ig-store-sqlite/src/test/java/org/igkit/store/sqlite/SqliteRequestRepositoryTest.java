package org.igkit.store.sqlite;

import java.nio.file.Path;

import org.igkit.requests.port.RequestRepository;
import org.igkit.testkit.requests.RequestRepositoryContract;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;

/** The SQLite request register passes the contract every adapter must pass. */
class SqliteRequestRepositoryTest extends RequestRepositoryContract {
    @TempDir
    Path directory;
    private SqliteStore store;

    @Override
    protected RequestRepository newRepository() {
        store = TestDatabase.in(directory).open();
        return store.requests();
    }

    @AfterEach
    void closeStore() {
        store.close();
    }
}
