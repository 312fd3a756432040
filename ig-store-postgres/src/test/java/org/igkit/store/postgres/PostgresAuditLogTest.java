package org.igkit.store.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.igkit.core.audit.AuditEntry;
import org.igkit.core.audit.AuditEvent;
import org.igkit.core.audit.AuditSealing;
import org.igkit.core.audit.ChainVerification;
import org.igkit.core.port.AuditLog;
import org.igkit.testkit.core.AuditLogContract;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The PostgreSQL audit log passes the audit log contract, is append-only, and keeps one chain across stores. */
class PostgresAuditLogTest extends AuditLogContract {
    private TestDatabase database;
    private PostgresStore store;
    private final List<PostgresStore> opened = new ArrayList<>();

    @Override
    protected AuditLog newLog(AuditSealing sealing) {
        database = TestDatabase.fresh();
        return reopen(sealing);
    }

    @Override
    protected AuditLog reopen(AuditSealing sealing) {
        store = database.open(sealing);
        opened.add(store);
        return store.auditLog();
    }

    @Override
    protected void alterStoredEntry(long sequence, String newActor) {
        database.execute("ALTER TABLE audit_entry DISABLE TRIGGER audit_entry_refuses_update",
                "UPDATE audit_entry SET actor = '" + newActor + "' WHERE sequence = " + sequence);
    }

    @Override
    protected void rewriteStoredEntry(AuditEntry replacement) {
        database.execute("ALTER TABLE audit_entry DISABLE TRIGGER audit_entry_refuses_update",
                "UPDATE audit_entry SET actor = '" + replacement.event().actor() + "', previous_hash = '"
                        + replacement.previousHash() + "', hash = '" + replacement.hash() + "', key_id = "
                        + (replacement.keyId() == null ? "NULL" : "'" + replacement.keyId() + "'")
                        + " WHERE sequence = " + replacement.sequence());
    }

    @Override
    protected void removeStoredEntry(long sequence) {
        database.execute("ALTER TABLE audit_entry DISABLE TRIGGER audit_entry_refuses_delete",
                "ALTER TABLE audit_detail DISABLE TRIGGER audit_detail_refuses_delete",
                "DELETE FROM audit_detail WHERE sequence = " + sequence,
                "DELETE FROM audit_entry WHERE sequence = " + sequence);
    }

    @Override
    protected void removeStoredCheckpoints() {
        database.execute("ALTER TABLE audit_checkpoint DISABLE TRIGGER audit_checkpoint_refuses_delete",
                "DELETE FROM audit_checkpoint");
    }

    @AfterEach
    void closeStores() {
        opened.forEach(PostgresStore::close);
    }

    @Test
    void theSchemaRefusesToChangeOrRemoveAnEntryWhoeverConnects() {
        store.auditLog().append(AuditEvent.of("dpo", "breach.logged", Instant.parse("2026-01-05T09:00:00Z"), "breach", "B-1")
                .withDetail("severity", "high"));

        assertThatThrownBy(() -> database.execute("UPDATE audit_entry SET actor = 'mallory'")).hasMessageContaining("append-only");
        assertThatThrownBy(() -> database.execute("DELETE FROM audit_entry")).hasMessageContaining("append-only");
        assertThatThrownBy(() -> database.execute("TRUNCATE audit_entry CASCADE")).hasMessageContaining("append-only");
        assertThatThrownBy(() -> database.execute("UPDATE audit_detail SET value = 'low'")).hasMessageContaining("append-only");
        assertThatThrownBy(() -> database.execute("DELETE FROM audit_detail")).hasMessageContaining("append-only");
        assertThat(store.auditLog().verify().isIntact()).isTrue();
    }

    @Test
    void instantsKeepTheirNanosecondsAndSortAsText() {
        store.auditLog().append(AuditEvent.of("dpo", "a", Instant.parse("2026-01-05T09:00:00.000000001Z"), "breach", "B-1"));
        store.auditLog().append(AuditEvent.of("dpo", "b", Instant.parse("2026-01-05T09:00:00.5Z"), "breach", "B-1"));

        assertThat(database.query("SELECT occurred_at FROM audit_entry ORDER BY occurred_at"))
                .containsExactly("2026-01-05T09:00:00.000000001Z", "2026-01-05T09:00:00.500000000Z");
        assertThat(store.auditLog().verify().isIntact()).isTrue();
    }

    /**
     * Two stores (two pools, as two servers would have) and 8 threads appending 250 entries each at once: one
     * unbroken chain of 2,000 entries, numbered 1..2000 without a gap or a fork.
     */
    @Test
    void concurrentAppendsFromTwoStoresKeepOneUnbrokenChain() throws Exception {
        int threads = 8;
        int perThread = 250;
        Instant at = Instant.parse("2026-01-05T09:00:00Z");
        try (PostgresStore other = database.open(4)) {
            List<AuditLog> logs = List.of(store.auditLog(), other.auditLog());
            ExecutorService pool = Executors.newFixedThreadPool(threads);
            try {
                List<Future<?>> done = new ArrayList<>();
                for (int t = 0; t < threads; t++) {
                    AuditLog log = logs.get(t % 2);
                    String actor = "thread-" + t;
                    done.add(pool.submit(() -> {
                        for (int i = 0; i < perThread; i++) {
                            log.append(AuditEvent.of(actor, "record.saved", at.plusMillis(i), "record", "R-" + i)
                                    .withDetail("n", Integer.toString(i)));
                        }
                        return null;
                    }));
                }
                for (Future<?> f : done) {
                    f.get(5, TimeUnit.MINUTES);
                }
            } finally {
                pool.shutdownNow();
            }
        }
        ChainVerification verification = store.auditLog().verify();
        assertThat(verification.isIntact()).isTrue();
        assertThat(verification.entriesChecked()).isEqualTo(threads * perThread);
        assertThat(database.query("SELECT min(sequence) || '-' || max(sequence) || '-' || count(*) FROM audit_entry"))
                .containsExactly("1-2000-2000");
    }
}
