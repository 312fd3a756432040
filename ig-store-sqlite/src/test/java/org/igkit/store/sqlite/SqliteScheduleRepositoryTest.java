package org.igkit.store.sqlite;

import java.nio.file.Path;

import org.igkit.retention.port.ScheduleRepository;
import org.igkit.testkit.retention.ScheduleRepositoryContract;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;

/** The SQLite ScheduleRepository passes the contract every adapter must pass. */
class SqliteScheduleRepositoryTest extends ScheduleRepositoryContract {
    @TempDir
    Path directory;
    private SqliteStore store;

    @Override
    protected ScheduleRepository newRepository() {
        store = TestDatabase.in(directory).open();
        return store.schedules();
    }

    @AfterEach
    void closeStore() {
        store.close();
    }
}
