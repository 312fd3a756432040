package org.igkit.store.sqlite;

import java.nio.file.Path;

import org.igkit.assets.port.AssetRepository;
import org.igkit.testkit.assets.AssetRepositoryContract;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;

/** The SQLite asset register passes the contract every adapter must pass. */
class SqliteAssetRepositoryTest extends AssetRepositoryContract {
    @TempDir
    Path directory;
    private SqliteStore store;

    @Override
    protected AssetRepository newRepository() {
        store = TestDatabase.in(directory).open();
        return store.assets();
    }

    @AfterEach
    void closeStore() {
        store.close();
    }
}
