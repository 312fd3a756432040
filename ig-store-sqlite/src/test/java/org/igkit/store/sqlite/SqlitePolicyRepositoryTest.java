package org.igkit.store.sqlite;

import java.nio.file.Path;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;

import org.igkit.assurance.port.PolicyRepository;
import org.igkit.testkit.assurance.PolicyRepositoryContract;

/** The SQLite policy repository passes the contract every adapter must pass, on a fresh file per test. */
class SqlitePolicyRepositoryTest extends PolicyRepositoryContract {
    @TempDir
    Path directory;
    private SqliteStore store;

    @Override
    protected PolicyRepository newRepository() {
        store = TestDatabase.in(directory).open();
        return store.assurance().policies();
    }

    @AfterEach
    void closeStore() {
        store.close();
    }
}
