package org.igkit.store.sqlite;

import java.nio.file.Path;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;

import org.igkit.assurance.port.SharingAgreementRepository;
import org.igkit.testkit.assurance.SharingAgreementRepositoryContract;

/** The SQLite sharing agreement log passes the contract every adapter must pass, on a fresh file per test. */
class SqliteSharingAgreementRepositoryTest extends SharingAgreementRepositoryContract {
    @TempDir
    Path directory;
    private SqliteStore store;

    @Override
    protected SharingAgreementRepository newRepository() {
        store = TestDatabase.in(directory).open();
        return store.assurance().sharingAgreements();
    }

    @AfterEach
    void closeStore() {
        store.close();
    }
}
