package org.igkit.store.postgres;

import org.junit.jupiter.api.AfterEach;

import org.igkit.assurance.port.StaffRepository;
import org.igkit.testkit.assurance.StaffRepositoryContract;

/** The PostgreSQL staff repository passes the contract every adapter must pass, on a fresh database per test. */
class PostgresStaffRepositoryTest extends StaffRepositoryContract {
    private PostgresStore store;

    @Override
    protected StaffRepository newRepository() {
        store = TestDatabase.fresh().open();
        return store.assurance().staff();
    }

    @AfterEach
    void closeStore() {
        store.close();
    }
}
