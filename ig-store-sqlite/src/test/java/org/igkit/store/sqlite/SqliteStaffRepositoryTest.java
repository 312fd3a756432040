package org.igkit.store.sqlite;

import java.nio.file.Path;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;

import org.igkit.assurance.port.StaffRepository;
import org.igkit.testkit.assurance.StaffRepositoryContract;

/** The SQLite staff repository passes the contract every adapter must pass, on a fresh file per test. */
class SqliteStaffRepositoryTest extends StaffRepositoryContract {
    @TempDir
    Path directory;
    private SqliteStore store;

    @Override
    protected StaffRepository newRepository() {
        store = TestDatabase.in(directory).open();
        return store.assurance().staff();
    }

    @AfterEach
    void closeStore() {
        store.close();
    }
}
