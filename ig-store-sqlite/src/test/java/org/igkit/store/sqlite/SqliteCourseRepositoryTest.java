package org.igkit.store.sqlite;

import java.nio.file.Path;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;

import org.igkit.assurance.port.CourseRepository;
import org.igkit.testkit.assurance.CourseRepositoryContract;

/** The SQLite course repository passes the contract every adapter must pass, on a fresh file per test. */
class SqliteCourseRepositoryTest extends CourseRepositoryContract {
    @TempDir
    Path directory;
    private SqliteStore store;

    @Override
    protected CourseRepository newRepository() {
        store = TestDatabase.in(directory).open();
        return store.assurance().courses();
    }

    @AfterEach
    void closeStore() {
        store.close();
    }
}
