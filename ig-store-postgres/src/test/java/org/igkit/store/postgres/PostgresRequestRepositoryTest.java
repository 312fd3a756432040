package org.igkit.store.postgres;

import org.igkit.requests.port.RequestRepository;
import org.igkit.testkit.requests.RequestRepositoryContract;
import org.junit.jupiter.api.AfterEach;

/** The PostgreSQL request register passes the contract every adapter must pass. */
class PostgresRequestRepositoryTest extends RequestRepositoryContract {
    private PostgresStore store;

    @Override
    protected RequestRepository newRepository() {
        store = TestDatabase.fresh().open();
        return store.requests();
    }

    @AfterEach
    void closeStore() {
        store.close();
    }
}
