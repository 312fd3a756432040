package org.igkit.store.sqlite;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Properties;
import java.util.stream.Stream;

import javax.sql.DataSource;

import org.igkit.breach.port.BreachRepository;
import org.igkit.assets.port.AssetRepository;
import org.igkit.core.port.AuditLog;
import org.igkit.core.port.UnitOfWork;
import org.igkit.requests.port.RequestRepository;
import org.igkit.retention.port.DisposalBatchRepository;
import org.igkit.retention.port.LegalHoldRepository;
import org.igkit.retention.port.RecordImporter;
import org.igkit.retention.port.RecordRepository;
import org.igkit.retention.port.ScheduleRepository;
import org.igkit.retention.record.ImportResult;
import org.igkit.retention.record.ImportedBatch;
import org.igkit.retention.record.RetainedRecord;
import org.igkit.store.sqlite.importing.ImportOptions;
import org.igkit.store.sqlite.importing.ImportProgress;
import org.igkit.store.sqlite.importing.ImportReport;
import org.igkit.store.sqlite.internal.Database;
import org.igkit.store.sqlite.internal.RetryPolicy;
import org.igkit.store.jdbc.JdbcAuditLog;
import org.igkit.store.jdbc.JdbcLegalHoldRepository;
import org.igkit.store.jdbc.assurance.JdbcAssuranceRepositories;

/**
 * The SQLite store: open it on a file (or on a {@link DataSource} you manage), take the port adapters it hands
 * out, and close it when done. Opening migrates the schema and refuses a database a newer igkit has migrated.
 *
 * <pre>{@code
 * try (SqliteStore store = SqliteStore.open(Path.of("igkit.db"))) {
 *     AuditLog audit = store.auditLog();
 *     RecordRepository records = store.records();      // also schedules(), legalHolds(), requests(),
 *     ...                                              // disposalBatches(), breaches(), assets(), importRecords(...)
 * }
 * }</pre>
 *
 * <p>The store and every adapter it hands out are thread-safe, and several processes may open the same file:
 * writes are serialised (one writer connection per store, {@code IMMEDIATE} transactions, retried when another
 * process holds the lock) while reads run beside them. No {@code SQLException} or Jdbi exception ever leaves
 * it: failures arrive as {@link org.igkit.core.error.IgException}s.
 */
public final class SqliteStore implements AutoCloseable {
    private final Database database;
    private final SqliteOptions options;
    private final JdbcAuditLog auditLog;
    private final SqliteAssetRepository assets;
    private final SqliteScheduleRepository schedules;
    private final SqliteRecordRepository records;
    private final JdbcLegalHoldRepository holds;
    private final SqliteDisposalBatchRepository disposalBatches;
    private final SqliteRequestRepository requests;
    private final SqliteBreachRepository breaches;
    private final UnitOfWork unitOfWork;
    private final JdbcAssuranceRepositories assurance;

    private SqliteStore(Database database, SqliteOptions options) {
        this.database = database;
        this.options = options;
        this.auditLog = JdbcAuditLog.of(database, SqliteDialect.INSTANCE, options.auditSealing());
        this.assets = new SqliteAssetRepository(database);
        this.schedules = new SqliteScheduleRepository(database);
        this.records = new SqliteRecordRepository(database, options.clock());
        this.holds = JdbcLegalHoldRepository.of(database, SqliteDialect.INSTANCE);
        this.disposalBatches = new SqliteDisposalBatchRepository(database);
        this.requests = new SqliteRequestRepository(database);
        this.breaches = new SqliteBreachRepository(database);
        this.unitOfWork = database.unitOfWork();
        this.assurance = JdbcAssuranceRepositories.of(database, SqliteDialect.INSTANCE);
    }

    /** Opens (creating if need be) the database file {@code file} with {@link SqliteOptions#defaults()}. */
    public static SqliteStore open(Path file) {
        return open(file, SqliteOptions.defaults());
    }

    /** Opens (creating if need be) the database file {@code file}. */
    public static SqliteStore open(Path file, SqliteOptions options) {
        Objects.requireNonNull(options, "options");
        return new SqliteStore(Database.openFile(file, options.readerConnections(), options.busyTimeout(),
                retryOf(options)), options);
    }

    /**
     * Uses SQLite connections from a data source the caller owns and closes after the store. Open it with
     * {@link #connectionProperties(SqliteOptions)} (foreign keys must be on; the store refuses the data source
     * otherwise). Reads and writes share its connections.
     */
    public static SqliteStore open(DataSource dataSource, SqliteOptions options) {
        Objects.requireNonNull(options, "options");
        return new SqliteStore(Database.openDataSource(dataSource, retryOf(options)), options);
    }

    /**
     * The sqlite-jdbc driver properties the store opens its own connections with (WAL journal, synchronous
     * NORMAL, foreign keys on, the busy timeout, IMMEDIATE transactions), for a data source of the caller's.
     */
    public static Properties connectionProperties(SqliteOptions options) {
        return Database.connectionProperties(options.busyTimeout());
    }

    /** The audit log. */
    public AuditLog auditLog() {
        return auditLog;
    }

    /**
     * The unit of work over this store: every call of this store's adapters on the same thread inside
     * {@code run} joins one {@code IMMEDIATE} transaction, committed when the work returns and rolled back when it
     * throws; the whole unit runs again when another process holds the write lock. Hand it to the application
     * services with the ports, so that each change and its audit entry commit together.
     */
    public UnitOfWork unitOfWork() {
        return unitOfWork;
    }

    /** The Information Asset Register. */
    public AssetRepository assets() {
        return assets;
    }

    /** The register of information requests (FOI, EIR, subject access, ...). */
    public RequestRepository requests() {
        return requests;
    }

    /** The breach log (UK GDPR Art 33(5)). */
    public BreachRepository breaches() {
        return breaches;
    }

    /**
     * The assurance registers (policies, attestations, training, staff, DPIAs, sharing agreements, roles, DSPT), one
     * adapter per ig-assurance port.
     */
    public JdbcAssuranceRepositories assurance() {
        return assurance;
    }

    /** Retention schedules with every version of their entries. */
    public ScheduleRepository schedules() {
        return schedules;
    }

    /** Records under retention, with their stored due dates. */
    public RecordRepository records() {
        return records;
    }

    /** Legal holds. */
    public LegalHoldRepository legalHolds() {
        return holds;
    }

    /** Disposal batches from sweep through approval to execution, with their certificates. */
    public DisposalBatchRepository disposalBatches() {
        return disposalBatches;
    }

    /**
     * Adds the records not stored yet, in batches of {@code options.batchSize()}, each batch in one transaction:
     * idempotent (a record already stored is left as it is) and resumable (a rerun under the same import id skips
     * the batches already committed). Every record must be new (version 0); it is stored as version 1 with its due
     * date and status as given, so compute them first (the retention calculator's {@code assess}). The caller
     * closes the stream.
     */
    public ImportReport importRecords(Stream<RetainedRecord> newRecords, ImportOptions options) {
        Objects.requireNonNull(newRecords, "newRecords");
        Objects.requireNonNull(options, "options");
        return records.importRecords(newRecords, options);
    }

    /**
     * This store's batched, journalled {@link #importRecords import} as the record import service asks for it
     * ({@code RecordImports.over}): every batch is reported with its rows inside the transaction that writes it, so
     * the entry the service appends then commits with the batch; a batch an earlier run under the same import id
     * committed is reported as committed earlier (in a transaction of its own), so the service can audit it if that
     * run died before it did.
     */
    public RecordImporter recordImporter() {
        return (rows, importId, batchSize, batchCommitted) -> {
            Objects.requireNonNull(rows, "rows");
            // told inside the batch's transaction: the entry the service appends commits with the batch
            ImportReport report = records.importRecords(rows, new ImportOptions(importId, batchSize,
                    ImportProgress.IGNORE), batch -> batchCommitted.accept(new ImportedBatch(batch.batchNumber(),
                    batch.rowsRead(), batch.rowsAdded(), batch.firstKey(), batch.lastKey(), batch.skipped())));
            return new ImportResult(report.importId(), report.rowsRead(), report.rowsAdded(),
                    report.batchesCommitted(), report.batchesSkipped());
        };
    }

    /** SQLite's {@code PRAGMA integrity_check}: {@code ["ok"]} when the file is sound, else the problems found. */
    public List<String> checkIntegrity() {
        return database.checkIntegrity();
    }

    /** The options the store was opened with. */
    public SqliteOptions options() {
        return options;
    }

    /** Closes the connections the store opened. Adapters handed out stop working. */
    @Override
    public void close() {
        database.close();
    }

    /** The database under the adapters, for this module's tests and tools. */
    Database database() {
        return database;
    }

    private static RetryPolicy retryOf(SqliteOptions options) {
        return new RetryPolicy(options.retryAttempts(), options.retryBackoff(), options.maxRetryBackoff());
    }
}
