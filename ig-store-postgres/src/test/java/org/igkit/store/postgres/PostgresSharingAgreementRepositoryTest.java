package org.igkit.store.postgres;

import org.junit.jupiter.api.AfterEach;

import org.igkit.assurance.port.SharingAgreementRepository;
import org.igkit.testkit.assurance.SharingAgreementRepositoryContract;

/** The PostgreSQL sharing agreement log passes the contract every adapter must pass, on a fresh database per test. */
class PostgresSharingAgreementRepositoryTest extends SharingAgreementRepositoryContract {
    private PostgresStore store;

    @Override
    protected SharingAgreementRepository newRepository() {
        store = TestDatabase.fresh().open();
        return store.assurance().sharingAgreements();
    }

    @AfterEach
    void closeStore() {
        store.close();
    }
}
