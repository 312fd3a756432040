package org.igkit.store.sqlite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.igkit.core.audit.AuditEvent;
import org.igkit.core.error.IgException;
import org.igkit.core.error.ValidationException;
import org.igkit.core.error.Violation;
import org.igkit.store.sqlite.internal.SchemaMigrations;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

/** Opening a store: connection settings, migrations, refusing what it must refuse. */
class SqliteStoreOpeningTest {
    @TempDir
    Path directory;

    @Test
    @DisplayName("every connection runs in WAL with foreign keys on, synchronous NORMAL and a busy timeout")
    void connectionsAreSetUpForSqlite() {
        TestDatabase database = TestDatabase.in(directory);
        try (SqliteStore store = database.open()) {
            List<String> settings = store.database().read("reading pragmas", h -> List.of(
                    h.createQuery("PRAGMA journal_mode").mapTo(String.class).one(),
                    h.createQuery("PRAGMA foreign_keys").mapTo(String.class).one(),
                    h.createQuery("PRAGMA synchronous").mapTo(String.class).one(),
                    h.createQuery("PRAGMA busy_timeout").mapTo(String.class).one(),
                    h.createQuery("PRAGMA query_only").mapTo(String.class).one()));
            // synchronous 1 is NORMAL; readers are query-only
            assertThat(settings).containsExactly("wal", "1", "1", "5000", "1");

            List<String> writerSettings = store.database().write("reading pragmas", h -> List.of(
                    h.createQuery("PRAGMA foreign_keys").mapTo(String.class).one(),
                    h.createQuery("PRAGMA query_only").mapTo(String.class).one()));
            assertThat(writerSettings).containsExactly("1", "0");
            assertThat(store.checkIntegrity()).containsExactly("ok");
        }
    }

    @Test
    void openingMigratesAnEmptyFileAndReopeningKeepsItsData() {
        TestDatabase database = TestDatabase.in(directory);
        try (SqliteStore store = database.open()) {
            store.auditLog().append(AuditEvent.of("dpo", "a", Instant.parse("2026-01-05T09:00:00Z"), "breach", "B-1"));
        }
        assertThat(database.query("SELECT version FROM " + SchemaMigrations.HISTORY_TABLE + " WHERE success = 1"))
                .contains("1");
        try (SqliteStore store = database.open()) {
            assertThat(store.auditLog().size()).isEqualTo(1);
        }
    }

    @Test
    void aDatabaseMigratedByANewerIgkitIsRefusedWithAClearError() {
        TestDatabase database = TestDatabase.in(directory);
        database.open().close();
        database.execute("INSERT INTO " + SchemaMigrations.HISTORY_TABLE + " (installed_rank, version, description, type, "
                + "script, checksum, installed_by, installed_on, execution_time, success) VALUES "
                + "(999, '999', 'from the future', 'SQL', 'V999__from_the_future.sql', 0, 'igkit', "
                + "'2027-01-01 00:00:00', 1, 1)");

        assertThatThrownBy(database::open)
                .isExactlyInstanceOf(IgException.class)
                .hasMessageContaining("newer than this version of igkit")
                .hasMessageContaining("999 (from the future)");
    }

    @Test
    void aDataSourceOfTheCallersIsUsedWhenItHasForeignKeysOn() {
        Path file = directory.resolve("own.db");
        SQLiteDataSource own = new SQLiteDataSource(new SQLiteConfig(
                SqliteStore.connectionProperties(SqliteOptions.defaults())));
        own.setUrl("jdbc:sqlite:" + file);
        try (SqliteStore store = SqliteStore.open(own, SqliteOptions.defaults())) {
            store.auditLog().append(AuditEvent.of("dpo", "a", Instant.parse("2026-01-05T09:00:00Z"), "breach", "B-1"));
            assertThat(store.auditLog().verify().isIntact()).isTrue();
        }
    }

    @Test
    void aDataSourceWithForeignKeysOffIsRefused() {
        SQLiteDataSource careless = new SQLiteDataSource();
        careless.setUrl("jdbc:sqlite:" + directory.resolve("careless.db"));

        assertThatThrownBy(() -> SqliteStore.open(careless, SqliteOptions.defaults()))
                .isInstanceOf(IgException.class)
                .hasMessageContaining("foreign keys off");
    }

    @Test
    void optionsNameEveryWrongField() {
        assertThatThrownBy(() -> new SqliteOptions(0, Duration.ofSeconds(-1), 0, Duration.ofMillis(10),
                Duration.ofMillis(1), Clock.systemUTC()))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .extracting(Violation::path)
                        .containsExactly("readerConnections", "busyTimeout", "retryAttempts", "maxRetryBackoff"));
    }

    @Test
    void aFailureInsideTheStoreArrivesAsAnIgExceptionNotADriverException() {
        TestDatabase database = TestDatabase.in(directory);
        try (SqliteStore store = database.open()) {
            assertThatThrownBy(() -> store.database().write("writing nonsense",
                    h -> h.execute("INSERT INTO no_such_table VALUES (1)")))
                    .isExactlyInstanceOf(IgException.class)
                    .hasMessageContaining("writing nonsense")
                    .hasMessageContaining("SQLITE_ERROR");
        }
    }
}
