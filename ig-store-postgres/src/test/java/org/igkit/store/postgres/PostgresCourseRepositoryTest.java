package org.igkit.store.postgres;

import org.junit.jupiter.api.AfterEach;

import org.igkit.assurance.port.CourseRepository;
import org.igkit.testkit.assurance.CourseRepositoryContract;

/** The PostgreSQL course repository passes the contract every adapter must pass, on a fresh database per test. */
class PostgresCourseRepositoryTest extends CourseRepositoryContract {
    private PostgresStore store;

    @Override
    protected CourseRepository newRepository() {
        store = TestDatabase.fresh().open();
        return store.assurance().courses();
    }

    @AfterEach
    void closeStore() {
        store.close();
    }
}
