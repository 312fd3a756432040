package org.igkit.store.sqlite;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import org.igkit.core.audit.AuditEvent;
import org.igkit.core.error.ConflictException;
import org.igkit.core.paging.PageRequest;
import org.igkit.store.sqlite.internal.Database;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Eight threads, ten thousand mixed operations each, one database file: optimistic updates never lose an update
 * (the version check catches every collision), {@code SQLITE_BUSY} never reaches a caller, the audit chain stays
 * whole, and the file passes {@code PRAGMA integrity_check}.
 */
class ConcurrencyTest {
    private static final int THREADS = 8;
    private static final int OPERATIONS = 10_000;
    private static final int COUNTERS = 16;
    private static final Instant T0 = Instant.parse("2026-06-01T12:00:00Z");

    @TempDir
    Path directory;

    @Test
    @DisplayName("seed 77: 8 threads x 10,000 mixed reads, versioned updates and audit appends lose nothing")
    void mixedOperationsFromEightThreadsLoseNoUpdate() throws Exception {
        try (SqliteStore store = TestDatabase.in(directory).open()) {
            Database db = store.database();
            db.write("creating counters", h -> {
                h.execute("CREATE TABLE counter (id INTEGER PRIMARY KEY, value INTEGER NOT NULL, "
                        + "version INTEGER NOT NULL) STRICT");
                for (int i = 0; i < COUNTERS; i++) {
                    h.execute("INSERT INTO counter VALUES (?, 0, 0)", i);
                }
                return null;
            });
            AtomicLong updates = new AtomicLong();
            AtomicLong conflicts = new AtomicLong();
            AtomicLong appends = new AtomicLong();

            List<Throwable> escaped = ConcurrentWorkload.run(THREADS, OPERATIONS, 77, (thread, random) -> {
                int dice = random.nextInt(100);
                int id = random.nextInt(COUNTERS);
                if (dice < 45) {
                    try {
                        incrementOptimistically(db, id);
                        updates.incrementAndGet();
                    } catch (ConflictException e) {
                        conflicts.incrementAndGet();
                    }
                } else if (dice < 80) {
                    readCounter(db, id);
                } else if (dice < 90) {
                    store.auditLog().append(AuditEvent.of("thread-" + thread, "counter.touched", T0, "counter",
                            Integer.toString(id)));
                    appends.incrementAndGet();
                } else if (dice < 95) {
                    store.auditLog().read(PageRequest.first(50));
                } else {
                    store.auditLog().forSubject("counter", Integer.toString(id));
                }
            });

            assertThat(escaped).as("nothing but expected version conflicts escaped").isEmpty();
            List<long[]> counters = db.read("reading counters", h -> h.createQuery(
                    "SELECT value, version FROM counter").map((rs, ctx) -> new long[] {rs.getLong(1), rs.getLong(2)}).list());
            assertThat(counters).allSatisfy(c -> assertThat(c[0]).as("no lost update").isEqualTo(c[1]));
            assertThat(counters.stream().mapToLong(c -> c[1]).sum()).isEqualTo(updates.get());
            assertThat(conflicts.get()).as("threads did collide").isPositive();
            assertThat(store.auditLog().size()).isEqualTo(appends.get());
            assertThat(store.auditLog().verify().isIntact()).isTrue();
            assertThat(store.checkIntegrity()).containsExactly("ok");
        }
    }

    /** Read in a snapshot, write back only if nobody wrote in between: the optimistic pattern every adapter uses. */
    private static void incrementOptimistically(Database db, int id) {
        long[] seen = readCounter(db, id);
        db.write("incrementing a counter", h -> {
            int changed = h.createUpdate("UPDATE counter SET value = :value, version = version + 1 "
                            + "WHERE id = :id AND version = :version")
                    .bind("value", seen[0] + 1).bind("id", id).bind("version", seen[1]).execute();
            if (changed == 0) {
                long stored = h.createQuery("SELECT version FROM counter WHERE id = :id").bind("id", id)
                        .mapTo(Long.class).one();
                throw ConflictException.versionMismatch("counter", Integer.toString(id), seen[1], stored);
            }
            return null;
        });
    }

    private static long[] readCounter(Database db, int id) {
        return db.read("reading a counter", h -> h.createQuery("SELECT value, version FROM counter WHERE id = :id")
                .bind("id", id).map((rs, ctx) -> new long[] {rs.getLong(1), rs.getLong(2)}).one());
    }
}
