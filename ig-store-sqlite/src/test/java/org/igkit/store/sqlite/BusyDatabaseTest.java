package org.igkit.store.sqlite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.igkit.core.audit.AuditEvent;
import org.igkit.core.error.IgException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Another process holding the write lock: the store waits and retries, so the caller sees its write succeed
 * (or, past the retry budget, an igkit error), never {@code SQLITE_BUSY}.
 */
class BusyDatabaseTest {
    private static final AuditEvent EVENT =
            AuditEvent.of("dpo", "hold.placed", Instant.parse("2026-01-05T09:00:00Z"), "record", "R-1");

    @TempDir
    Path directory;

    @Test
    void aWriteThatMeetsAHeldLockIsRetriedUntilTheLockIsReleased() throws Exception {
        TestDatabase database = TestDatabase.in(directory);
        // no busy wait inside SQLite: every collision surfaces as SQLITE_BUSY and must be retried by the store
        SqliteOptions impatient = SqliteOptions.defaults().withBusyTimeout(Duration.ZERO)
                .withRetry(100, Duration.ofMillis(1), Duration.ofMillis(20));
        try (SqliteStore store = SqliteStore.open(database.file(), impatient);
             LockHolder holder = LockHolder.on(database.file())) {
            holder.releaseAfter(Duration.ofMillis(300));

            assertThat(store.auditLog().size()).as("readers are not blocked by the writer under WAL").isZero();
            store.auditLog().append(EVENT);

            assertThat(store.auditLog().size()).isEqualTo(1);
            assertThat(holder.released()).isTrue();
        }
    }

    @Test
    void aLockHeldBeyondTheRetryBudgetIsReportedAsAnIgkitErrorNotSqliteBusy() throws Exception {
        TestDatabase database = TestDatabase.in(directory);
        SqliteOptions impatient = SqliteOptions.defaults().withBusyTimeout(Duration.ZERO)
                .withRetry(3, Duration.ofMillis(1), Duration.ofMillis(2));
        try (SqliteStore store = SqliteStore.open(database.file(), impatient);
             LockHolder holder = LockHolder.on(database.file())) {

            assertThatThrownBy(() -> store.auditLog().append(EVENT))
                    .isExactlyInstanceOf(IgException.class)
                    .hasMessageContaining("stayed busy")
                    .hasMessageContaining("after 3 attempts");
            holder.release();
            store.auditLog().append(EVENT);
            assertThat(store.auditLog().size()).as("the store works again once the lock is gone").isEqualTo(1);
        }
    }

    /** A plain connection, as another process would have, that holds the write lock until released. */
    private static final class LockHolder implements AutoCloseable {
        private final Connection connection;
        private final CountDownLatch released = new CountDownLatch(1);

        private LockHolder(Connection connection) {
            this.connection = connection;
        }

        static LockHolder on(Path file) throws SQLException {
            Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
            try (Statement s = c.createStatement()) {
                s.execute("BEGIN IMMEDIATE");
                s.execute("INSERT INTO import_batch VALUES ('lock', 1, 1, 1, 1, 'a', 'a', '2026-01-01')");
            }
            return new LockHolder(c);
        }

        void releaseAfter(Duration delay) {
            Thread releaser = new Thread(() -> {
                try {
                    Thread.sleep(delay.toMillis());
                    release();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }, "lock-releaser");
            releaser.setDaemon(true);
            releaser.start();
        }

        synchronized void release() {
            if (released.getCount() == 0) {
                return;
            }
            try (Statement s = connection.createStatement()) {
                s.execute("ROLLBACK");
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
            released.countDown();
        }

        boolean released() throws InterruptedException {
            return released.await(10, TimeUnit.SECONDS);
        }

        @Override
        public void close() throws SQLException {
            release();
            connection.close();
        }
    }
}
