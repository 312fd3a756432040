package org.igkit.store.postgres;

import org.igkit.retention.port.ScheduleRepository;
import org.igkit.testkit.retention.ScheduleRepositoryContract;
import org.junit.jupiter.api.AfterEach;

/** The PostgreSQL ScheduleRepository passes the contract every adapter must pass. */
class PostgresScheduleRepositoryTest extends ScheduleRepositoryContract {
    private PostgresStore store;

    @Override
    protected ScheduleRepository newRepository() {
        store = TestDatabase.fresh().open();
        return store.schedules();
    }

    @AfterEach
    void closeStore() {
        store.close();
    }
}
