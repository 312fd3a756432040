package org.igkit.store.sqlite;

import java.nio.file.Path;

import org.igkit.retention.port.LegalHoldRepository;
import org.igkit.testkit.retention.LegalHoldRepositoryContract;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;

/** The SQLite LegalHoldRepository passes the contract every adapter must pass. */
class SqliteLegalHoldRepositoryTest extends LegalHoldRepositoryContract {
    @TempDir
    Path directory;
    private SqliteStore store;

    @Override
    protected LegalHoldRepository newRepository() {
        store = TestDatabase.in(directory).open();
        return store.legalHolds();
    }

    @AfterEach
    void closeStore() {
        store.close();
    }
}
