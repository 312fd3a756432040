package org.igkit.store.postgres;

import org.igkit.retention.port.LegalHoldRepository;
import org.igkit.testkit.retention.LegalHoldRepositoryContract;
import org.junit.jupiter.api.AfterEach;

/** The PostgreSQL LegalHoldRepository passes the contract every adapter must pass. */
class PostgresLegalHoldRepositoryTest extends LegalHoldRepositoryContract {
    private PostgresStore store;

    @Override
    protected LegalHoldRepository newRepository() {
        store = TestDatabase.fresh().open();
        return store.legalHolds();
    }

    @AfterEach
    void closeStore() {
        store.close();
    }
}
