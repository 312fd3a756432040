package org.igkit.store.sqlite.internal;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Properties;
import java.util.function.Supplier;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import org.igkit.core.error.IgException;
import org.igkit.store.jdbc.OpenUnits;
import org.igkit.store.jdbc.Transactions;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.HandleCallback;
import org.jdbi.v3.core.Jdbi;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteConnection;
import org.sqlite.SQLiteConnectionConfig;
import org.sqlite.SQLiteDataSource;

/**
 * One SQLite database as the adapters use it: every write in an {@code IMMEDIATE} transaction on the single writer
 * connection, every read in a snapshot on one of several reader connections, {@code SQLITE_BUSY} retried with
 * backoff and never passed on, and every driver exception translated into an {@link IgException}.
 *
 * <p>Why this pool shape: SQLite lets one connection write at a time while WAL lets readers run beside it. More
 * writer connections would only queue inside SQLite's lock, where the wait is a busy-timeout poll; a pool of one
 * queues them in the JVM instead, fairly and without polling. A write transaction begins {@code IMMEDIATE} so
 * that it takes the write lock before it reads: a deferred transaction that reads, then writes, fails with
 * {@code SQLITE_BUSY_SNAPSHOT} when another connection wrote in between, and no busy timeout rescues it
 * (docs/dependencies.md, "SQLite").
 */
public final class Database implements Transactions, AutoCloseable {
    private final Jdbi writer;
    private final Jdbi reader;
    private final RetryPolicy retry;
    private final List<HikariDataSource> ownedPools;
    private final OpenUnits units = new OpenUnits();

    private Database(Jdbi writer, Jdbi reader, RetryPolicy retry, List<HikariDataSource> ownedPools) {
        this.writer = writer;
        this.reader = reader;
        this.retry = retry;
        this.ownedPools = ownedPools;
    }

    /**
     * The connection settings of every connection this store opens, as sqlite-jdbc reads them from driver
     * properties (so they apply to each pooled connection, which matters for the per-connection
     * {@code foreign_keys}). An embedder who brings a {@link DataSource} should open it with these.
     */
    public static Properties connectionProperties(Duration busyTimeout) {
        Properties p = new Properties();
        p.setProperty(SQLiteConfig.Pragma.JOURNAL_MODE.pragmaName, "WAL");
        // Under WAL, NORMAL syncs the log at checkpoints, not at every commit. The database cannot be corrupted
        // either way, and a commit survives the process being killed (it is in the OS cache); only a power cut
        // or OS crash can roll back the last commits. FULL would fsync every commit, several times slower on
        // bulk imports, to protect against a loss this store's callers can repeat (imports are idempotent).
        p.setProperty(SQLiteConfig.Pragma.SYNCHRONOUS.pragmaName, "NORMAL");
        p.setProperty(SQLiteConfig.Pragma.FOREIGN_KEYS.pragmaName, "true");
        p.setProperty(SQLiteConfig.Pragma.BUSY_TIMEOUT.pragmaName, Long.toString(busyTimeout.toMillis()));
        p.setProperty(SQLiteConfig.Pragma.TRANSACTION_MODE.pragmaName, "IMMEDIATE");
        // 64 MiB of page cache (negative: KiB) instead of SQLite's 2 MiB: a bulk import touches every index
        // b-tree at random places; with the upper levels and recent leaves cached it writes at memory speed. The
        // cache is filled on demand, so a small database never holds that much.
        p.setProperty(SQLiteConfig.Pragma.CACHE_SIZE.pragmaName, "-65536");
        return p;
    }

    /**
     * Opens (creating if need be, from the {@link TemplateDatabase} when there is one) the database file, migrates
     * its schema, then starts the writer connection and {@code readers} reader connections.
     */
    public static Database openFile(Path file, int readers, Duration busyTimeout, RetryPolicy retry) {
        Objects.requireNonNull(file, "file");
        TemplateDatabase.createIfAbsent(file);
        String url = "jdbc:sqlite:" + file.toAbsolutePath();
        Properties properties = connectionProperties(busyTimeout);
        SQLiteDataSource unpooled = new SQLiteDataSource(new SQLiteConfig(properties));
        unpooled.setUrl(url);
        SchemaMigrations.migrate(unpooled);

        HikariDataSource writerPool = pool(url, properties, "igkit-sqlite-writer", 1, busyTimeout, null);
        try {
            Properties readerProperties = new Properties();
            readerProperties.putAll(properties);
            // a reader's transaction only reads: DEFERRED takes no write lock, and query_only refuses any write
            readerProperties.setProperty(SQLiteConfig.Pragma.TRANSACTION_MODE.pragmaName, "DEFERRED");
            readerProperties.setProperty(SQLiteConfig.Pragma.CACHE_SIZE.pragmaName, "-16384");
            HikariDataSource readerPool = pool(url, readerProperties, "igkit-sqlite-readers", readers, busyTimeout,
                    "PRAGMA query_only = true");
            return new Database(jdbi(writerPool), jdbi(readerPool), retry, List.of(readerPool, writerPool));
        } catch (RuntimeException e) {
            writerPool.close();
            throw SqliteFailures.translate("opening " + file, e);
        }
    }

    /**
     * Uses a data source the embedder owns (and closes). Its connections must have foreign keys on; the
     * transaction mode is set per connection here, so the embedder need not.
     */
    public static Database openDataSource(DataSource dataSource, RetryPolicy retry) {
        Objects.requireNonNull(dataSource, "dataSource");
        SchemaMigrations.migrate(dataSource);
        Jdbi jdbi = jdbi(dataSource);
        Database database = new Database(jdbi, jdbi, retry, List.of());
        boolean foreignKeys = database.read("checking the connection settings",
                h -> h.createQuery("PRAGMA foreign_keys").mapTo(Integer.class).one() == 1);
        if (!foreignKeys) {
            throw new IgException("the DataSource opens SQLite connections with foreign keys off; open it with the "
                    + "properties of SqliteStore.connectionProperties() (foreign_keys=true, journal_mode=WAL, ...)");
        }
        return database;
    }

    /**
     * Runs {@code work} in an {@code IMMEDIATE} transaction, committed when it returns and rolled back when it
     * throws; inside a write already open on this thread, in that transaction (one unit of work). When the
     * database is busy the whole outermost transaction runs again, so {@code work} must do nothing but database
     * work (no side effects outside it).
     */
    @Override
    public <R> R write(String doing, HandleCallback<R, RuntimeException> work) {
        Handle joined = units.current();
        if (joined != null) {
            return joining(doing, joined, work);
        }
        return attempt(doing, () -> writer.withHandle(handle -> {
            modeOf(handle, SQLiteConfig.TransactionMode.IMMEDIATE);
            return handle.inTransaction(h -> units.openOn(h, work));
        }));
    }

    /**
     * Runs {@code work} on one consistent snapshot of the database, beside any writer; inside a write open on this
     * thread, in that transaction, so that it sees the unit's own writes.
     */
    @Override
    public <R> R read(String doing, HandleCallback<R, RuntimeException> work) {
        Handle joined = units.current();
        if (joined != null) {
            return joining(doing, joined, work);
        }
        return attempt(doing, () -> reader.withHandle(handle -> {
            modeOf(handle, SQLiteConfig.TransactionMode.DEFERRED);
            return handle.inTransaction(work);
        }));
    }

    /**
     * Work inside the open unit: no transaction or retry of its own. A failure is translated here (so the adapter
     * sees the igkit exception it would see alone) and keeps its cause, by which the outermost write knows to
     * retry the whole unit when the database was busy.
     */
    private static <R> R joining(String doing, Handle handle, HandleCallback<R, RuntimeException> work) {
        try {
            return work.withHandle(handle);
        } catch (IgException e) {
            throw e;
        } catch (RuntimeException e) {
            throw SqliteFailures.translate(doing, e);
        }
    }

    /** {@code PRAGMA integrity_check}: {@code ["ok"]} for a sound database, else the problems found. */
    public List<String> checkIntegrity() {
        return read("checking integrity", h -> h.createQuery("PRAGMA integrity_check").mapTo(String.class).list());
    }

    /** Closes the pools this database opened (not a data source the embedder brought). */
    @Override
    public void close() {
        ownedPools.forEach(HikariDataSource::close);
    }

    private <R> R attempt(String doing, Supplier<R> work) {
        for (int attempt = 1; ; attempt++) {
            try {
                return work.get();
            } catch (RuntimeException e) {
                // an IgException from a part of a unit is retried too when its cause says the database was busy
                if (!SqliteFailures.isBusy(e)) {
                    throw SqliteFailures.translate(doing, e);
                }
                if (attempt >= retry.maxAttempts()) {
                    throw new IgException("the SQLite store stayed busy while " + doing + " after " + attempt
                            + " attempts; another process may hold a long write lock", e);
                }
                pause(retry.pauseBefore(attempt + 1), doing);
            }
        }
    }

    private static void pause(Duration pause, String doing) {
        try {
            Thread.sleep(pause.toMillis(), pause.toNanosPart() % 1_000_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IgException("interrupted while waiting to retry " + doing, e);
        }
    }

    private static void modeOf(Handle handle, SQLiteConfig.TransactionMode mode) {
        try {
            Connection connection = handle.getConnection();
            SQLiteConnectionConfig config = connection.unwrap(SQLiteConnection.class).getConnectionConfig();
            if (config.getTransactionMode() != mode) {
                config.setTransactionMode(mode);
            }
        } catch (SQLException e) {
            throw new IgException("the data source does not hand out SQLite connections", e);
        }
    }

    private static HikariDataSource pool(String url, Properties properties, String name, int size,
                                         Duration busyTimeout, String initSql) {
        HikariConfig config = new HikariConfig();
        config.setPoolName(name);
        config.setJdbcUrl(url);
        config.setDataSourceProperties(properties);
        config.setMaximumPoolSize(size);
        config.setMinimumIdle(1);
        // a writer queues here for the one write connection; give it longer than SQLite's own busy wait
        config.setConnectionTimeout(Math.max(30_000, busyTimeout.toMillis() * 2));
        if (initSql != null) {
            config.setConnectionInitSql(initSql);
        }
        return new HikariDataSource(config);
    }

    private static Jdbi jdbi(DataSource dataSource) {
        Jdbi jdbi = Jdbi.create(dataSource);
        TemporalText.registerOn(jdbi);
        return jdbi;
    }
}
