package org.igkit.store.postgres;

import org.igkit.testkit.core.UnitOfWorkContract;
import org.junit.jupiter.api.AfterEach;

/** The PostgreSQL store's unit of work passes the contract: one transaction on one connection per unit. */
class PostgresUnitOfWorkTest extends UnitOfWorkContract {
    private PostgresStore store;

    @Override
    protected StorePorts newStore() {
        store = TestDatabase.fresh().open();
        return new StorePorts(store.unitOfWork(), store.auditLog(), store.breaches());
    }

    @AfterEach
    void close() {
        store.close();
    }
}
