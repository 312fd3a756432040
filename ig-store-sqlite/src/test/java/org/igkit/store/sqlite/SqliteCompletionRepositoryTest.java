package org.igkit.store.sqlite;

import java.nio.file.Path;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;

import org.igkit.assurance.port.CompletionRepository;
import org.igkit.testkit.assurance.CompletionRepositoryContract;

/** The SQLite completion repository passes the contract every adapter must pass, on a fresh file per test. */
class SqliteCompletionRepositoryTest extends CompletionRepositoryContract {
    @TempDir
    Path directory;
    private SqliteStore store;

    @Override
    protected CompletionRepository newRepository() {
        store = TestDatabase.in(directory).open();
        return store.assurance().completions();
    }

    @AfterEach
    void closeStore() {
        store.close();
    }
}
