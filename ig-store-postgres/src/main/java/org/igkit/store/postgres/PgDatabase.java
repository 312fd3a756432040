package org.igkit.store.postgres;

import java.sql.SQLException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.function.Supplier;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationState;
import org.igkit.core.error.IgException;
import org.igkit.store.jdbc.OpenUnits;
import org.igkit.store.jdbc.Transactions;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.HandleCallback;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.transaction.TransactionIsolationLevel;
import org.jdbi.v3.postgres.PostgresPlugin;

/**
 * One PostgreSQL database as the adapters use it: a Hikari pool, Jdbi with its PostgreSQL plugin, the schema
 * migrated by Flyway on open, every write in a {@code READ COMMITTED} transaction (retried when PostgreSQL reports a
 * serialization failure or deadlock), and every driver exception translated into an {@link IgException}.
 */
final class PgDatabase implements Transactions, AutoCloseable {
    /** SQLSTATEs worth running the whole transaction again for. */
    private static final String SERIALIZATION_FAILURE = "40001";
    private static final String DEADLOCK_DETECTED = "40P01";
    private static final int ATTEMPTS = 5;

    private final Jdbi jdbi;
    private final HikariDataSource ownedPool;
    private final OpenUnits units = new OpenUnits();

    private PgDatabase(Jdbi jdbi, HikariDataSource ownedPool) {
        this.jdbi = jdbi;
        this.ownedPool = ownedPool;
    }

    static PgDatabase open(String url, String user, String password, int poolSize) {
        Objects.requireNonNull(url, "url");
        if (poolSize < 1) {
            throw new IllegalArgumentException("poolSize must be at least 1: " + poolSize);
        }
        HikariConfig config = new HikariConfig();
        config.setPoolName("igkit-postgres");
        config.setJdbcUrl(url);
        config.setUsername(user);
        config.setPassword(password);
        config.setMaximumPoolSize(poolSize);
        config.setMinimumIdle(1);
        HikariDataSource pool;
        try {
            pool = new HikariDataSource(config);
        } catch (RuntimeException e) {
            throw translate("connecting to " + url, e);
        }
        try {
            migrate(pool);
            return new PgDatabase(jdbi(pool), pool);
        } catch (RuntimeException e) {
            pool.close();
            throw translate("opening " + url, e);
        }
    }

    static PgDatabase open(DataSource dataSource) {
        Objects.requireNonNull(dataSource, "dataSource");
        try {
            migrate(dataSource);
        } catch (RuntimeException e) {
            throw translate("migrating the schema", e);
        }
        return new PgDatabase(jdbi(dataSource), null);
    }

    /**
     * Migrates the schema, first refusing a database that a newer igkit has migrated further: Flyway by default
     * ignores such "future" migrations and would let this code write into a schema it does not know.
     */
    private static void migrate(DataSource dataSource) {
        Flyway flyway = Flyway.configure()
                .dataSource(dataSource)
                .locations("classpath:org/igkit/store/postgres/migration")
                .table("igkit_schema_history")
                .load();
        List<MigrationInfo> future = Arrays.stream(flyway.info().all())
                .filter(m -> m.getState() == MigrationState.FUTURE_SUCCESS || m.getState() == MigrationState.FUTURE_FAILED)
                .toList();
        if (!future.isEmpty()) {
            throw new IgException("the database schema is newer than this version of igkit: it has migration(s) "
                    + future.stream().map(m -> m.getVersion() + " (" + m.getDescription() + ")")
                    .collect(Collectors.joining(", "))
                    + " but this code knows migrations up to " + latestKnown(flyway)
                    + "; open it with the igkit version that migrated it, or a later one");
        }
        flyway.migrate();
    }

    /** The highest version among the migrations this code ships. */
    private static String latestKnown(Flyway flyway) {
        return Arrays.stream(flyway.info().all())
                .filter(m -> m.getState() != MigrationState.FUTURE_SUCCESS && m.getState() != MigrationState.FUTURE_FAILED)
                .map(MigrationInfo::getVersion).filter(Objects::nonNull).max(Comparator.naturalOrder())
                .map(Object::toString).orElse("none");
    }

    private static Jdbi jdbi(DataSource dataSource) {
        Jdbi jdbi = Jdbi.create(dataSource);
        jdbi.installPlugin(new PostgresPlugin());
        return jdbi;
    }

    /**
     * Runs {@code work} in one transaction, committed when it returns and rolled back when it throws; inside a write
     * already open on this thread, in that transaction (one unit of work). The whole outermost transaction runs
     * again (so it must have no side effect outside the database) when PostgreSQL reports a serialization failure
     * or a deadlock in any part of it.
     */
    @Override
    public <R> R write(String doing, HandleCallback<R, RuntimeException> work) {
        Handle joined = units.current();
        if (joined != null) {
            return joining(doing, joined, work);
        }
        return attempt(doing, () -> jdbi.inTransaction(TransactionIsolationLevel.READ_COMMITTED,
                h -> units.openOn(h, work)));
    }

    /**
     * Runs {@code work} on one snapshot ({@code REPEATABLE READ}, read only); inside a write open on this thread,
     * in that transaction, so that it sees the unit's own writes.
     */
    @Override
    public <R> R read(String doing, HandleCallback<R, RuntimeException> work) {
        Handle joined = units.current();
        if (joined != null) {
            return joining(doing, joined, work);
        }
        return attempt(doing, () -> jdbi.withHandle(h -> {
            h.setReadOnly(true);
            try {
                return h.inTransaction(TransactionIsolationLevel.REPEATABLE_READ, work);
            } finally {
                h.setReadOnly(false);
            }
        }));
    }

    /**
     * Work inside the open unit: no transaction or retry of its own. A failure is translated here and keeps its
     * cause, whose SQLSTATE tells the outermost write whether to run the whole unit again. A statement that fails
     * inside a unit fails the unit: PostgreSQL refuses every later statement of that transaction.
     */
    private static <R> R joining(String doing, Handle handle, HandleCallback<R, RuntimeException> work) {
        try {
            return work.withHandle(handle);
        } catch (RuntimeException e) {
            throw translate(doing, e);
        }
    }

    private <R> R attempt(String doing, Supplier<R> work) {
        for (int attempt = 1; ; attempt++) {
            try {
                return work.get();
            } catch (RuntimeException e) {
                // an IgException from a part of a unit is retried too when its cause is a serialization failure
                String state = sqlState(e);
                boolean retry = SERIALIZATION_FAILURE.equals(state) || DEADLOCK_DETECTED.equals(state);
                if (!retry || attempt >= ATTEMPTS) {
                    throw translate(doing, e);
                }
            }
        }
    }

    /** The SQLSTATE somewhere in {@code failure}'s cause chain, or null. */
    static String sqlState(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof SQLException && ((SQLException) t).getSQLState() != null) {
                return ((SQLException) t).getSQLState();
            }
        }
        return null;
    }

    /** True when a primary key or unique constraint refused a second row with the same key. */
    static boolean isUniqueViolation(Throwable failure) {
        return "23505".equals(sqlState(failure));
    }

    static IgException translate(String doing, Throwable failure) {
        if (failure instanceof IgException) {
            return (IgException) failure;
        }
        String state = sqlState(failure);
        return new IgException("the PostgreSQL store failed while " + doing + ": "
                + (state == null ? "" : "SQLSTATE " + state + " ")
                + failure.getClass().getSimpleName() + ": " + failure.getMessage(), failure);
    }

    @Override
    public void close() {
        if (ownedPool != null) {
            ownedPool.close();
        }
    }
}
