package org.igkit.store.sqlite;

import java.nio.file.Path;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;

import org.igkit.assurance.port.DsptAssessmentRepository;
import org.igkit.testkit.assurance.DsptAssessmentRepositoryContract;

/** The SQLite DSPT assessment store passes the contract every adapter must pass, on a fresh file per test. */
class SqliteDsptAssessmentRepositoryTest extends DsptAssessmentRepositoryContract {
    @TempDir
    Path directory;
    private SqliteStore store;

    @Override
    protected DsptAssessmentRepository newRepository() {
        store = TestDatabase.in(directory).open();
        return store.assurance().dsptAssessments();
    }

    @AfterEach
    void closeStore() {
        store.close();
    }
}
