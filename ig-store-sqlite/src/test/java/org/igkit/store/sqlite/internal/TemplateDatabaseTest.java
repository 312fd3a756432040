package org.igkit.store.sqlite.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sqlite.SQLiteDataSource;

/** A new database file starts from the template the build migrated, and is the database Flyway would have made. */
class TemplateDatabaseTest {
    @TempDir
    Path directory;

    @Test
    void theBuildShipsATemplate() {
        assertThat(getClass().getClassLoader().getResource(TemplateDatabase.RESOURCE)).isNotNull();
    }

    @Test
    void aNewFileGetsTheSchemaAndHistoryFlywayGivesANewDatabase() {
        Path fromTemplate = directory.resolve("new.db");
        assertThat(TemplateDatabase.createIfAbsent(fromTemplate)).isTrue();
        SQLiteDataSource migrated = dataSource(directory.resolve("flyway.db"));
        Flyway.configure().dataSource(migrated).locations(SchemaMigrations.LOCATION)
                .table(SchemaMigrations.HISTORY_TABLE).load().migrate();

        SQLiteDataSource copied = dataSource(fromTemplate);
        String schema = "SELECT type || ' ' || name || ' ' || tbl_name || ' ' || coalesce(sql, '') FROM sqlite_master"
                + " ORDER BY type, name";
        String history = "SELECT version || ' ' || description || ' ' || type || ' ' || script || ' ' || checksum"
                + " || ' ' || success FROM " + SchemaMigrations.HISTORY_TABLE + " ORDER BY installed_rank";
        assertThat(rows(copied, schema)).isNotEmpty().isEqualTo(rows(migrated, schema));
        assertThat(rows(copied, history)).hasSize(ShippedMigration.all().size()).isEqualTo(rows(migrated, history));
        assertThat(rows(copied, "PRAGMA integrity_check")).containsExactly("ok");
        assertThat(directory.toFile().list()).as("no partial copy left behind")
                .containsExactlyInAnyOrder("new.db", "flyway.db");
    }

    @Test
    void anExistingFileIsLeftAsItIs() throws IOException {
        Path file = directory.resolve("mine.db");
        Files.writeString(file, "not a database of ours");

        assertThat(TemplateDatabase.createIfAbsent(file)).isFalse();
        assertThat(Files.readString(file)).isEqualTo("not a database of ours");
    }

    @Test
    void aMissingDirectoryIsNotCreated() {
        Path file = directory.resolve("no-such-directory").resolve("new.db");

        assertThat(TemplateDatabase.createIfAbsent(file)).isFalse();
        assertThat(file.getParent()).doesNotExist();
    }

    private static SQLiteDataSource dataSource(Path file) {
        SQLiteDataSource dataSource = new SQLiteDataSource();
        dataSource.setUrl("jdbc:sqlite:" + file);
        return dataSource;
    }

    private static List<String> rows(SQLiteDataSource dataSource, String sql) {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement(); ResultSet rows = s.executeQuery(sql)) {
            List<String> values = new ArrayList<>();
            while (rows.next()) {
                values.add(rows.getString(1));
            }
            return values;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
