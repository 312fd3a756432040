package org.igkit.store.postgres;

import java.util.Objects;

import javax.sql.DataSource;

import org.igkit.assets.port.AssetRepository;
import org.igkit.breach.port.BreachRepository;
import org.igkit.core.audit.AuditSealing;
import org.igkit.core.port.AuditLog;
import org.igkit.core.port.UnitOfWork;
import org.igkit.requests.port.RequestRepository;
import org.igkit.retention.port.DisposalBatchRepository;
import org.igkit.retention.port.LegalHoldRepository;
import org.igkit.retention.port.RecordImporter;
import org.igkit.retention.port.RecordRepository;
import org.igkit.retention.port.ScheduleRepository;
import org.igkit.store.jdbc.JdbcAuditLog;
import org.igkit.store.jdbc.JdbcLegalHoldRepository;
import org.igkit.store.jdbc.assurance.JdbcAssuranceRepositories;

/**
 * The PostgreSQL store: open it on a JDBC URL (or on a {@link DataSource} you manage), take the port adapters it
 * hands out, and close it when done. Opening migrates the schema (Flyway, history table
 * {@code igkit_schema_history}).
 *
 * <pre>{@code
 * try (PostgresStore store = PostgresStore.open("jdbc:postgresql://db/igkit", "igkit", secret, 10)) {
 *     AuditLog audit = store.auditLog();
 * }
 * }</pre>
 *
 * <p>The store and its adapters are thread-safe, and several processes may open the same database: audit appends
 * are serialised by a transaction-level advisory lock, so the chain stays one unbroken chain across servers. No
 * {@code SQLException} or Jdbi exception leaves it: failures arrive as {@link org.igkit.core.error.IgException}s.
 */
public final class PostgresStore implements AutoCloseable {
    private final PgDatabase database;
    private final JdbcAuditLog auditLog;
    private final PostgresRecordRepository records;
    private final JdbcLegalHoldRepository holds;
    private final PostgresScheduleRepository schedules;
    private final PostgresRequestRepository requests;
    private final PostgresDisposalBatchRepository disposalBatches;
    private final PostgresAssetRepository assets;
    private final PostgresBreachRepository breaches;
    private final UnitOfWork unitOfWork;
    private final JdbcAssuranceRepositories assurance;

    private PostgresStore(PgDatabase database, AuditSealing auditSealing) {
        this.database = database;
        this.auditLog = JdbcAuditLog.of(database, PostgresDialect.INSTANCE, auditSealing);
        this.records = new PostgresRecordRepository(database);
        this.holds = JdbcLegalHoldRepository.of(database, PostgresDialect.INSTANCE);
        this.schedules = new PostgresScheduleRepository(database);
        this.requests = new PostgresRequestRepository(database);
        this.disposalBatches = new PostgresDisposalBatchRepository(database);
        this.assets = new PostgresAssetRepository(database);
        this.breaches = new PostgresBreachRepository(database);
        this.unitOfWork = database.unitOfWork();
        this.assurance = JdbcAssuranceRepositories.of(database, PostgresDialect.INSTANCE);
    }

    /** Opens a pool of at most {@code poolSize} connections to {@code url} and migrates the schema. */
    public static PostgresStore open(String url, String user, String password, int poolSize) {
        return open(url, user, password, poolSize, AuditSealing.none());
    }

    /** As {@link #open(String, String, String, int)}, the audit log sealed as {@code auditSealing} says. */
    public static PostgresStore open(String url, String user, String password, int poolSize,
                                     AuditSealing auditSealing) {
        Objects.requireNonNull(auditSealing, "auditSealing");
        return new PostgresStore(PgDatabase.open(url, user, password, poolSize), auditSealing);
    }

    /** Uses connections from a data source the caller owns and closes after the store; migrates the schema. */
    public static PostgresStore open(DataSource dataSource) {
        return open(dataSource, AuditSealing.none());
    }

    /** As {@link #open(DataSource)}, the audit log sealed as {@code auditSealing} says. */
    public static PostgresStore open(DataSource dataSource, AuditSealing auditSealing) {
        Objects.requireNonNull(auditSealing, "auditSealing");
        return new PostgresStore(PgDatabase.open(dataSource), auditSealing);
    }

    /** The audit log. */
    public AuditLog auditLog() {
        return auditLog;
    }

    /**
     * The unit of work over this store: every call of this store's adapters on the same thread inside
     * {@code run} joins one {@code READ COMMITTED} transaction on one connection, committed when the work returns
     * and rolled back when it throws; the whole unit runs again after a serialization failure or a deadlock. Hand
     * it to the application services with the ports, so that each change and its audit entry commit together.
     */
    public UnitOfWork unitOfWork() {
        return unitOfWork;
    }

    /**
     * Bulk import of new records as the record import service asks for it: record by record (COPY is to come),
     * each batch and whatever the service writes for it (its audit entry) in one unit of work.
     */
    public RecordImporter recordImporter() {
        return RecordImporter.savingEach(records, unitOfWork);
    }

    /** Records under retention, with their stored due dates. */
    public RecordRepository records() {
        return records;
    }

    /** Legal holds. */
    public LegalHoldRepository legalHolds() {
        return holds;
    }

    /** Retention schedules with every version of their entries. */
    public ScheduleRepository schedules() {
        return schedules;
    }

    /** The register of information requests (FOI, EIR, subject access, ...). */
    public RequestRepository requests() {
        return requests;
    }

    /** Disposal batches from sweep through approval to execution, with their certificates. */
    public DisposalBatchRepository disposalBatches() {
        return disposalBatches;
    }

    /** The Information Asset Register. */
    public AssetRepository assets() {
        return assets;
    }

    /** The breach log (UK GDPR Art 33(5)): every breach, reported or not. */
    public BreachRepository breaches() {
        return breaches;
    }

    /** The assurance registers, one adapter per ig-assurance port (policies, training, DPIAs, ...). */
    public JdbcAssuranceRepositories assurance() {
        return assurance;
    }

    /** Closes the pool the store opened (not a data source the caller brought). Adapters stop working. */
    @Override
    public void close() {
        database.close();
    }
}
