package org.igkit.store.postgres;

import org.junit.jupiter.api.AfterEach;

import org.igkit.assurance.port.DpiaRepository;
import org.igkit.testkit.assurance.DpiaRepositoryContract;

/** The PostgreSQL DPIA register passes the contract every adapter must pass, on a fresh database per test. */
class PostgresDpiaRepositoryTest extends DpiaRepositoryContract {
    private PostgresStore store;

    @Override
    protected DpiaRepository newRepository() {
        store = TestDatabase.fresh().open();
        return store.assurance().dpias();
    }

    @AfterEach
    void closeStore() {
        store.close();
    }
}
