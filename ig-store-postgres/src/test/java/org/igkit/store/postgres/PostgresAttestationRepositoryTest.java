package org.igkit.store.postgres;

import org.junit.jupiter.api.AfterEach;

import org.igkit.assurance.port.AttestationRepository;
import org.igkit.testkit.assurance.AttestationRepositoryContract;

/** The PostgreSQL attestation repository passes the contract every adapter must pass, on a fresh database per test. */
class PostgresAttestationRepositoryTest extends AttestationRepositoryContract {
    private PostgresStore store;

    @Override
    protected AttestationRepository newRepository() {
        store = TestDatabase.fresh().open();
        return store.assurance().attestations();
    }

    @AfterEach
    void closeStore() {
        store.close();
    }
}
