package org.igkit.store.postgres;

import org.junit.jupiter.api.AfterEach;

import org.igkit.assurance.port.PolicyRepository;
import org.igkit.testkit.assurance.PolicyRepositoryContract;

/** The PostgreSQL policy repository passes the contract every adapter must pass, on a fresh database per test. */
class PostgresPolicyRepositoryTest extends PolicyRepositoryContract {
    private PostgresStore store;

    @Override
    protected PolicyRepository newRepository() {
        store = TestDatabase.fresh().open();
        return store.assurance().policies();
    }

    @AfterEach
    void closeStore() {
        store.close();
    }
}
