package org.igkit.store.postgres;

import org.junit.jupiter.api.AfterEach;

import org.igkit.assurance.port.RoleRepository;
import org.igkit.testkit.assurance.RoleRepositoryContract;

/** The PostgreSQL roles register passes the contract every adapter must pass, on a fresh database per test. */
class PostgresRoleRepositoryTest extends RoleRepositoryContract {
    private PostgresStore store;

    @Override
    protected RoleRepository newRepository() {
        store = TestDatabase.fresh().open();
        return store.assurance().roles();
    }

    @AfterEach
    void closeStore() {
        store.close();
    }
}
