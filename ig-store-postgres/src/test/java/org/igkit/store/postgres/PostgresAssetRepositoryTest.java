package org.igkit.store.postgres;

import org.igkit.assets.port.AssetRepository;
import org.igkit.testkit.assets.AssetRepositoryContract;
import org.junit.jupiter.api.AfterEach;

/** The PostgreSQL asset register passes the contract every adapter must pass. */
class PostgresAssetRepositoryTest extends AssetRepositoryContract {
    private PostgresStore store;

    @Override
    protected AssetRepository newRepository() {
        store = TestDatabase.fresh().open();
        return store.assets();
    }

    @AfterEach
    void closeStore() {
        store.close();
    }
}
