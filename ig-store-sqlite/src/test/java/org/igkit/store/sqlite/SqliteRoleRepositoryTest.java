package org.igkit.store.sqlite;

import java.nio.file.Path;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;

import org.igkit.assurance.port.RoleRepository;
import org.igkit.testkit.assurance.RoleRepositoryContract;

/** The SQLite roles register passes the contract every adapter must pass, on a fresh file per test. */
class SqliteRoleRepositoryTest extends RoleRepositoryContract {
    @TempDir
    Path directory;
    private SqliteStore store;

    @Override
    protected RoleRepository newRepository() {
        store = TestDatabase.in(directory).open();
        return store.assurance().roles();
    }

    @AfterEach
    void closeStore() {
        store.close();
    }
}
