package org.igkit.store.sqlite;

import java.nio.file.Path;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;

import org.igkit.assurance.port.DpiaRepository;
import org.igkit.testkit.assurance.DpiaRepositoryContract;

/** The SQLite DPIA register passes the contract every adapter must pass, on a fresh file per test. */
class SqliteDpiaRepositoryTest extends DpiaRepositoryContract {
    @TempDir
    Path directory;
    private SqliteStore store;

    @Override
    protected DpiaRepository newRepository() {
        store = TestDatabase.in(directory).open();
        return store.assurance().dpias();
    }

    @AfterEach
    void closeStore() {
        store.close();
    }
}
