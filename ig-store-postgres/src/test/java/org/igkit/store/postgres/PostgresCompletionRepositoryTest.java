package org.igkit.store.postgres;

import org.junit.jupiter.api.AfterEach;

import org.igkit.assurance.port.CompletionRepository;
import org.igkit.testkit.assurance.CompletionRepositoryContract;

/** The PostgreSQL completion repository passes the contract every adapter must pass, on a fresh database per test. */
class PostgresCompletionRepositoryTest extends CompletionRepositoryContract {
    private PostgresStore store;

    @Override
    protected CompletionRepository newRepository() {
        store = TestDatabase.fresh().open();
        return store.assurance().completions();
    }

    @AfterEach
    void closeStore() {
        store.close();
    }
}
