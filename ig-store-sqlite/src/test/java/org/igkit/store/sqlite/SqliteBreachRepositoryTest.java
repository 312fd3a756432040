package org.igkit.store.sqlite;

import java.nio.file.Path;

import org.igkit.breach.port.BreachRepository;
import org.igkit.testkit.breach.BreachRepositoryContract;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;

/** The SQLite breach log passes the contract every adapter must pass. */
class SqliteBreachRepositoryTest extends BreachRepositoryContract {
    @TempDir
    Path directory;
    private SqliteStore store;

    @Override
    protected BreachRepository newRepository() {
        store = TestDatabase.in(directory).open();
        return store.breaches();
    }

    @AfterEach
    void closeStore() {
        store.close();
    }
}
