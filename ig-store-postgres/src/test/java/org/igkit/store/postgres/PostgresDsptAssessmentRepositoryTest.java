package org.igkit.store.postgres;

import org.junit.jupiter.api.AfterEach;

import org.igkit.assurance.port.DsptAssessmentRepository;
import org.igkit.testkit.assurance.DsptAssessmentRepositoryContract;

/** The PostgreSQL DSPT assessment store passes the contract every adapter must pass, on a fresh database per test. */
class PostgresDsptAssessmentRepositoryTest extends DsptAssessmentRepositoryContract {
    private PostgresStore store;

    @Override
    protected DsptAssessmentRepository newRepository() {
        store = TestDatabase.fresh().open();
        return store.assurance().dsptAssessments();
    }

    @AfterEach
    void closeStore() {
        store.close();
    }
}
