package org.igkit.store.sqlite.internal;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationState;
import org.igkit.core.error.IgException;

/**
 * Brings a database's schema up to this code's version with Flyway, from the versioned SQL files in
 * {@code org/igkit/store/sqlite/migration} on the class path, and refuses a database that a newer igkit has
 * migrated further (Flyway by default ignores such "future" migrations and would let old code write into a
 * schema it does not know).
 */
public final class SchemaMigrations {
    /** Where the migrations live: under the module's own package, so they never mix with an embedder's. */
    public static final String LOCATION = "classpath:org/igkit/store/sqlite/migration";
    /** The table in which Flyway records what it applied. */
    public static final String HISTORY_TABLE = "ig_schema_history";

    private SchemaMigrations() {
    }

    /** Migrates the database behind {@code dataSource}, or throws if it is newer than this code. */
    public static void migrate(DataSource dataSource) {
        try {
            Flyway flyway = Flyway.configure()
                    .dataSource(dataSource)
                    .locations(LOCATION)
                    .table(HISTORY_TABLE)
                    .failOnMissingLocations(true)
                    .load();
            refuseNewerSchema(flyway.info().all());
            flyway.migrate();
        } catch (FlywayException e) {
            throw new IgException("the SQLite store could not migrate its schema: " + e.getMessage(), e);
        }
    }

    private static void refuseNewerSchema(MigrationInfo[] migrations) {
        List<MigrationInfo> unknown = Arrays.stream(migrations)
                .filter(m -> m.getState() == MigrationState.FUTURE_SUCCESS || m.getState() == MigrationState.FUTURE_FAILED)
                .toList();
        if (unknown.isEmpty()) {
            return;
        }
        String known = Arrays.stream(migrations)
                .filter(m -> m.getState() != MigrationState.FUTURE_SUCCESS && m.getState() != MigrationState.FUTURE_FAILED)
                .map(m -> m.getVersion().getVersion())
                .reduce((first, second) -> second)
                .orElse("none");
        throw new IgException("the database schema is newer than this version of igkit: it has migration(s) "
                + unknown.stream().map(m -> m.getVersion().getVersion() + " (" + m.getDescription() + ")")
                        .collect(Collectors.joining(", "))
                + " but this code knows migrations up to " + known
                + "; open it with the igkit version that migrated it, or a later one");
    }
}
