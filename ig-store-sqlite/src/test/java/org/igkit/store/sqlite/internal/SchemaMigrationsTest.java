package org.igkit.store.sqlite.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.flywaydb.core.Flyway;
import org.igkit.core.error.IgException;
import org.igkit.store.sqlite.internal.SchemaMigrations.AppliedMigration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sqlite.SQLiteDataSource;

/** The shipped migration list, and opening without Flyway when the schema is already current. */
class SchemaMigrationsTest {
    @TempDir
    Path directory;

    @Test
    void theShippedListIsEveryScriptInTheMigrationDirectoryInVersionOrder() throws IOException, URISyntaxException {
        Path migrations = Path.of(getClass().getClassLoader().getResource(ShippedMigration.DIRECTORY).toURI());
        List<String> files;
        try (Stream<Path> listing = Files.list(migrations)) {
            files = listing.map(p -> p.getFileName().toString())
                    .sorted((a, b) -> SchemaMigrations.compareVersions(versionOf(a), versionOf(b)))
                    .toList();
        }

        assertThat(ShippedMigration.all()).extracting(ShippedMigration::script).containsExactlyElementsOf(files);
        assertThat(ShippedMigration.latestVersion()).isEqualTo(versionOf(files.get(files.size() - 1)));
    }

    @Test
    void theHistoryIsTheOneFlywaysOwnClassPathScanWritesSoDatabasesOfEarlierReleasesCountAsCurrent() {
        SQLiteDataSource scanned = dataSource("scanned.db");
        Flyway.configure().dataSource(scanned).locations(SchemaMigrations.LOCATION)
                .table(SchemaMigrations.HISTORY_TABLE).load().migrate();
        SQLiteDataSource listed = dataSource("listed.db");
        SchemaMigrations.migrate(listed);

        List<AppliedMigration> byScan = history(scanned);
        assertThat(history(listed)).isEqualTo(byScan);
        assertThat(byScan).extracting(AppliedMigration::checksum)
                .containsExactlyElementsOf(ShippedMigration.all().stream().map(ShippedMigration::checksum).toList());
        assertThat(SchemaMigrations.isCurrent(byScan, ShippedMigration.all())).isTrue();
    }

    @Test
    void aScriptEditedAfterItWasAppliedIsNotCurrentAndFlywaysValidationRefusesIt() {
        SQLiteDataSource database = dataSource("edited.db");
        SchemaMigrations.migrate(database);
        execute(database, "UPDATE " + SchemaMigrations.HISTORY_TABLE + " SET checksum = 12345 WHERE version = '2'");

        assertThat(SchemaMigrations.isCurrent(history(database), ShippedMigration.all())).isFalse();
        assertThatThrownBy(() -> SchemaMigrations.migrate(database))
                .isExactlyInstanceOf(IgException.class)
                .hasMessageContaining("could not migrate")
                .hasMessageContaining("checksum mismatch");
    }

    @Test
    void aDatabaseWithoutTheLatestMigrationIsMigratedByFlyway() {
        SQLiteDataSource database = dataSource("behind.db");
        SchemaMigrations.migrate(database);
        String latest = ShippedMigration.latestVersion();
        // undo what the latest script (V9, the assurance registers) did
        execute(database, "DROP TABLE assurance_completion", "DROP TABLE assurance_attestation",
                "DROP TABLE assurance_dspt_assessment", "DROP TABLE assurance_role_appointment",
                "DROP TABLE assurance_sharing_agreement", "DROP TABLE assurance_dpia_asset", "DROP TABLE assurance_dpia",
                "DROP TABLE assurance_staff", "DROP TABLE assurance_course", "DROP TABLE assurance_policy",
                "DELETE FROM " + SchemaMigrations.HISTORY_TABLE + " WHERE version = '" + latest + "'");
        assertThat(SchemaMigrations.isCurrent(history(database), ShippedMigration.all())).isFalse();

        SchemaMigrations.migrate(database);

        assertThat(history(database)).extracting(AppliedMigration::version).endsWith(latest);
        assertThat(SchemaMigrations.isCurrent(history(database), ShippedMigration.all())).isTrue();
    }

    @Test
    void aFailedMigrationInTheHistoryIsNotCurrent() {
        List<AppliedMigration> applied = new ArrayList<>(ShippedMigration.all().stream()
                .map(m -> new AppliedMigration(m.version(), m.description(), m.script(), m.checksum(), true)).toList());
        assertThat(SchemaMigrations.isCurrent(applied, ShippedMigration.all())).isTrue();

        AppliedMigration last = applied.remove(applied.size() - 1);
        applied.add(new AppliedMigration(last.version(), last.description(), last.script(), last.checksum(), false));

        assertThat(SchemaMigrations.isCurrent(applied, ShippedMigration.all())).isFalse();
    }

    @Test
    void versionsCompareAsNumbersPartByPart() {
        assertThat(SchemaMigrations.compareVersions("10", "9")).isPositive();
        assertThat(SchemaMigrations.compareVersions("1.10", "1.9")).isPositive();
        assertThat(SchemaMigrations.compareVersions("6", "6.0")).isZero();
        assertThat(SchemaMigrations.compareVersions("6", "6.1")).isNegative();
        assertThat(SchemaMigrations.compareVersions("999", ShippedMigration.latestVersion())).isPositive();
    }

    private static String versionOf(String script) {
        return script.substring(1, script.indexOf("__"));
    }

    private SQLiteDataSource dataSource(String name) {
        SQLiteDataSource dataSource = new SQLiteDataSource();
        dataSource.setUrl("jdbc:sqlite:" + directory.resolve(name));
        return dataSource;
    }

    private static List<AppliedMigration> history(SQLiteDataSource dataSource) {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
             ResultSet rows = s.executeQuery("SELECT version, description, script, checksum, success FROM "
                     + SchemaMigrations.HISTORY_TABLE + " WHERE version IS NOT NULL ORDER BY installed_rank")) {
            List<AppliedMigration> applied = new ArrayList<>();
            while (rows.next()) {
                applied.add(new AppliedMigration(rows.getString(1), rows.getString(2), rows.getString(3),
                        rows.getInt(4), rows.getBoolean(5)));
            }
            return applied;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void execute(SQLiteDataSource dataSource, String... statements) {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            for (String sql : statements) {
                s.execute(sql);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
