package org.igkit.store.sqlite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.igkit.core.audit.AuditEntry;
import org.igkit.core.audit.AuditEvent;
import org.igkit.core.audit.AuditSealing;
import org.igkit.core.audit.ChainVerification;
import org.igkit.core.port.AuditLog;
import org.igkit.testkit.core.AuditLogContract;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The SQLite audit log passes the contract every audit log adapter must pass, and its schema is append-only. */
class SqliteAuditLogTest extends AuditLogContract {
    @TempDir
    Path directory;
    private TestDatabase database;
    private SqliteStore store;
    private final List<SqliteStore> opened = new ArrayList<>();

    @Override
    protected AuditLog newLog(AuditSealing sealing) {
        try {
            database = TestDatabase.in(Files.createDirectories(directory.resolve("log-" + opened.size())));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return reopen(sealing);
    }

    @Override
    protected AuditLog reopen(AuditSealing sealing) {
        store = SqliteStore.open(database.file(), SqliteOptions.defaults().withAuditSealing(sealing));
        opened.add(store);
        return store.auditLog();
    }

    @Override
    protected void alterStoredEntry(long sequence, String newActor) {
        database.execute("DROP TRIGGER IF EXISTS audit_entry_refuses_update",
                "UPDATE audit_entry SET actor = '" + newActor + "' WHERE sequence = " + sequence);
    }

    @Override
    protected void rewriteStoredEntry(AuditEntry replacement) {
        database.execute("DROP TRIGGER IF EXISTS audit_entry_refuses_update",
                "UPDATE audit_entry SET actor = '" + replacement.event().actor() + "', previous_hash = '"
                        + replacement.previousHash() + "', hash = '" + replacement.hash() + "', key_id = "
                        + (replacement.keyId() == null ? "NULL" : "'" + replacement.keyId() + "'")
                        + " WHERE sequence = " + replacement.sequence());
    }

    @Override
    protected void removeStoredEntry(long sequence) {
        database.execute("DROP TRIGGER IF EXISTS audit_entry_refuses_delete",
                "DROP TRIGGER IF EXISTS audit_detail_refuses_delete",
                "DELETE FROM audit_detail WHERE sequence = " + sequence,
                "DELETE FROM audit_entry WHERE sequence = " + sequence);
    }

    @Override
    protected void removeStoredCheckpoints() {
        database.execute("DROP TRIGGER IF EXISTS audit_checkpoint_refuses_delete", "DELETE FROM audit_checkpoint");
    }

    @AfterEach
    void closeStores() {
        opened.forEach(SqliteStore::close);
    }

    @Test
    void theSchemaRefusesToChangeOrRemoveAnEntryWhoeverConnects() {
        store.auditLog().append(AuditEvent.of("dpo", "breach.logged", Instant.parse("2026-01-05T09:00:00Z"), "breach", "B-1")
                .withDetail("severity", "high"));

        assertThatThrownBy(() -> database.execute("UPDATE audit_entry SET actor = 'mallory'"))
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> database.execute("DELETE FROM audit_entry"))
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> database.execute("UPDATE audit_detail SET value = 'low'"))
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> database.execute("DELETE FROM audit_detail"))
                .hasMessageContaining("append-only");
        assertThat(store.auditLog().verify().isIntact()).isTrue();
    }

    @Test
    void anEntryTamperedIntoSomethingUnreadableIsReportedWhereItIsNotThrown() {
        Instant at = Instant.parse("2026-01-05T09:00:00Z");
        for (int i = 1; i <= 4; i++) {
            store.auditLog().append(AuditEvent.of("dpo", "record.saved", at, "record", "R-" + i));
        }
        database.execute("DROP TRIGGER audit_entry_refuses_update", "UPDATE audit_entry SET actor = ' ' WHERE sequence = 3");

        ChainVerification result = store.auditLog().verify();

        assertThat(result.isIntact()).isFalse();
        assertThat(result.firstBrokenAt()).isEqualTo(3L);
        assertThat(result.problem()).contains("entry 3 was altered").contains("actor");
    }

    @Test
    void instantsAreStoredAsFixedWidthIsoTextSoTextOrderIsTimeOrder() {
        store.auditLog().append(AuditEvent.of("dpo", "a", Instant.parse("2026-01-05T09:00:00Z"), "breach", "B-1"));
        store.auditLog().append(AuditEvent.of("dpo", "b", Instant.parse("2026-01-05T09:00:00.5Z"), "breach", "B-1"));

        assertThat(database.query("SELECT occurred_at FROM audit_entry ORDER BY occurred_at"))
                .containsExactly("2026-01-05T09:00:00.000000000Z", "2026-01-05T09:00:00.500000000Z");
        assertThat(database.query("SELECT DISTINCT typeof(occurred_at) FROM audit_entry")).containsExactly("text");
    }

    @Test
    void theChainContinuesAcrossReopeningTheFile() {
        store.auditLog().append(AuditEvent.of("dpo", "a", Instant.parse("2026-01-05T09:00:00Z"), "breach", "B-1"));
        store.close();
        store = database.open();
        opened.add(store);
        store.auditLog().append(AuditEvent.of("dpo", "b", Instant.parse("2026-01-06T09:00:00Z"), "breach", "B-1"));

        assertThat(store.auditLog().size()).isEqualTo(2);
        assertThat(store.auditLog().verify().isIntact()).isTrue();
    }

    @Test
    void verifyWalksALogLongerThanOneChunk() {
        Instant at = Instant.parse("2026-01-05T09:00:00Z");
        for (int i = 0; i < 2_345; i++) {
            store.auditLog().append(AuditEvent.of("system", "record.imported", at.plusSeconds(i), "record", "R-" + i));
        }
        assertThat(store.auditLog().verify().entriesChecked()).isEqualTo(2_345);
        assertThat(store.auditLog().verify().isIntact()).isTrue();
    }
}
