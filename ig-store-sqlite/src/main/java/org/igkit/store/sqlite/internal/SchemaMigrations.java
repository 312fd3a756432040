package org.igkit.store.sqlite.internal;

import java.math.BigInteger;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.igkit.core.error.IgException;

/**
 * Brings a database's schema up to this code's version with Flyway, from the {@link ShippedMigration}s, and
 * refuses a database that a newer igkit has migrated further (Flyway by default ignores such "future" migrations
 * and would let old code write into a schema it does not know).
 *
 * <p>A database whose history already records exactly the shipped scripts (same versions, names and checksums,
 * all successful) is left alone without starting Flyway: that is every start but the first, and Flyway's own
 * start-up is most of a second. Anything else (a new file, pending or failed migrations, an edited script) goes
 * through Flyway, which migrates, validates or fails as before.
 */
public final class SchemaMigrations {
    /** Where the migrations live, as a Flyway location. */
    public static final String LOCATION = "classpath:" + ShippedMigration.DIRECTORY;
    /** The table in which Flyway records what it applied. */
    public static final String HISTORY_TABLE = "ig_schema_history";

    private SchemaMigrations() {
    }

    /** Migrates the database behind {@code dataSource}, or throws if it is newer than this code. */
    public static void migrate(DataSource dataSource) {
        List<ShippedMigration> shipped = ShippedMigration.all();
        List<AppliedMigration> applied = appliedIn(dataSource);
        refuseNewerSchema(applied);
        if (isCurrent(applied, shipped)) {
            return;
        }
        try {
            Flyway.configure()
                    .dataSource(dataSource)
                    .locations(LOCATION)
                    .resourceProvider(new ShippedMigrationResources(shipped))
                    .javaMigrationClassProvider(List::of)
                    .table(HISTORY_TABLE)
                    .load()
                    .migrate();
        } catch (FlywayException e) {
            throw new IgException("the SQLite store could not migrate its schema: " + e.getMessage(), e);
        }
    }

    /** True when the history holds the shipped scripts and nothing else, each applied successfully. */
    static boolean isCurrent(List<AppliedMigration> applied, List<ShippedMigration> shipped) {
        if (applied.size() != shipped.size()) {
            return false;
        }
        for (int i = 0; i < shipped.size(); i++) {
            AppliedMigration done = applied.get(i);
            ShippedMigration known = shipped.get(i);
            if (!done.success() || !known.version().equals(done.version()) || !known.script().equals(done.script())
                    || done.checksum() == null || known.checksum() != done.checksum()) {
                return false;
            }
        }
        return true;
    }

    private static void refuseNewerSchema(List<AppliedMigration> applied) {
        String latest = ShippedMigration.latestVersion();
        List<AppliedMigration> unknown = applied.stream()
                .filter(m -> compareVersions(m.version(), latest) > 0)
                .toList();
        if (unknown.isEmpty()) {
            return;
        }
        throw new IgException("the database schema is newer than this version of igkit: it has migration(s) "
                + unknown.stream().map(m -> m.version() + " (" + m.description() + ")").collect(Collectors.joining(", "))
                + " but this code knows migrations up to " + latest
                + "; open it with the igkit version that migrated it, or a later one");
    }

    /** Compares dotted versions part by part as numbers ({@code 1.10} after {@code 1.9}); text sorts after numbers. */
    static int compareVersions(String left, String right) {
        List<String> a = Arrays.asList(left.split("\\."));
        List<String> b = Arrays.asList(right.split("\\."));
        for (int i = 0; i < Math.max(a.size(), b.size()); i++) {
            String x = i < a.size() ? a.get(i) : "0";
            String y = i < b.size() ? b.get(i) : "0";
            int order = x.matches("\\d+") && y.matches("\\d+") ? new BigInteger(x).compareTo(new BigInteger(y))
                    : x.compareTo(y);
            if (order != 0) {
                return order;
            }
        }
        return 0;
    }

    /** The versioned rows of the history table, in the order applied; none when the table does not exist yet. */
    private static List<AppliedMigration> appliedIn(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection()) {
            try (PreparedStatement exists = connection.prepareStatement(
                    "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?")) {
                exists.setString(1, HISTORY_TABLE);
                try (ResultSet found = exists.executeQuery()) {
                    if (!found.next()) {
                        return List.of();
                    }
                }
            }
            List<AppliedMigration> applied = new ArrayList<>();
            try (PreparedStatement history = connection.prepareStatement("SELECT version, description, script, "
                    + "checksum, success FROM " + HISTORY_TABLE + " WHERE version IS NOT NULL ORDER BY installed_rank");
                 ResultSet rows = history.executeQuery()) {
                while (rows.next()) {
                    int checksum = rows.getInt(4);
                    applied.add(new AppliedMigration(rows.getString(1), rows.getString(2), rows.getString(3),
                            rows.wasNull() ? null : checksum, rows.getBoolean(5)));
                }
            }
            return applied;
        } catch (SQLException e) {
            throw SqliteFailures.translate("reading the schema history", e);
        }
    }

    /** A row of Flyway's history table. */
    record AppliedMigration(String version, String description, String script, Integer checksum, boolean success) {
        AppliedMigration {
            Objects.requireNonNull(version, "version");
        }
    }
}
