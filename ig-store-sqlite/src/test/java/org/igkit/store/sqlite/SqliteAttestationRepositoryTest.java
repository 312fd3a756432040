package org.igkit.store.sqlite;

import java.nio.file.Path;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;

import org.igkit.assurance.port.AttestationRepository;
import org.igkit.testkit.assurance.AttestationRepositoryContract;

/** The SQLite attestation repository passes the contract every adapter must pass, on a fresh file per test. */
class SqliteAttestationRepositoryTest extends AttestationRepositoryContract {
    @TempDir
    Path directory;
    private SqliteStore store;

    @Override
    protected AttestationRepository newRepository() {
        store = TestDatabase.in(directory).open();
        return store.assurance().attestations();
    }

    @AfterEach
    void closeStore() {
        store.close();
    }
}
