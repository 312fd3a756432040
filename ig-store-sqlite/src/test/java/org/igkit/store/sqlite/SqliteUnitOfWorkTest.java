package org.igkit.store.sqlite;

import java.nio.file.Path;

import org.igkit.testkit.core.UnitOfWorkContract;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;

/** The SQLite store's unit of work passes the contract: one {@code IMMEDIATE} transaction per unit. */
class SqliteUnitOfWorkTest extends UnitOfWorkContract {
    @TempDir
    Path directory;
    private SqliteStore store;

    @Override
    protected StorePorts newStore() {
        store = TestDatabase.in(directory).open();
        return new StorePorts(store.unitOfWork(), store.auditLog(), store.breaches());
    }

    @AfterEach
    void close() {
        store.close();
    }
}
