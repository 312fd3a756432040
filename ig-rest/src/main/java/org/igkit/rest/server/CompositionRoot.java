package org.igkit.rest.server;

import java.time.Clock;
import java.util.Objects;

import org.igkit.assurance.register.AssuranceOptions;
import org.igkit.assurance.register.AssurancePorts;
import org.igkit.assurance.register.AssuranceRegister;
import org.igkit.assurance.roles.OrganisationProfile;
import org.igkit.breach.memory.InMemoryBreachRepository;
import org.igkit.breach.port.BreachRepository;
import org.igkit.assets.memory.InMemoryAssetRepository;
import org.igkit.core.memory.InMemoryAuditLog;
import org.igkit.assets.port.AssetRepository;
import org.igkit.core.port.AuditLog;
import org.igkit.core.port.UnitOfWork;
import org.igkit.requests.memory.InMemoryRequestRepository;
import org.igkit.requests.port.RequestRepository;
import org.igkit.rest.health.StoreProbe;
import org.igkit.store.jdbc.assurance.JdbcAssuranceRepositories;
import org.igkit.store.postgres.PostgresStore;
import org.igkit.store.sqlite.SqliteOptions;
import org.igkit.store.sqlite.SqliteStore;
import org.igkit.retention.memory.InMemoryDisposalBatchRepository;
import org.igkit.retention.memory.InMemoryLegalHoldRepository;
import org.igkit.retention.memory.InMemoryRecordRepository;
import org.igkit.retention.memory.InMemoryScheduleRepository;
import org.igkit.retention.port.DisposalBatchRepository;
import org.igkit.retention.port.LegalHoldRepository;
import org.igkit.retention.port.RecordImporter;
import org.igkit.retention.port.RecordRepository;
import org.igkit.retention.port.ScheduleRepository;

/**
 * Where the server's ports are made: the only class that chooses adapters, and the only one that touches the
 * stores (ig-store-sqlite, ig-store-postgres). {@link #open} opens the store {@code ig.store.kind} names, {@link #inMemory} keeps everything in memory, and
 * {@link #builder} takes any adapters. Closing it closes the store.
 */
public final class CompositionRoot implements AutoCloseable {
    private final Clock clock;
    private final AuditLog auditLog;
    private final RequestRepository requests;
    private final BreachRepository breaches;
    private final AssetRepository assets;
    private final ScheduleRepository schedules;
    private final RecordRepository records;
    private final LegalHoldRepository holds;
    private final DisposalBatchRepository disposalBatches;
    private final StoreProbe storeProbe;
    private final AutoCloseable store;
    private final String description;
    private final RecordImporter recordImporter;
    private final UnitOfWork unitOfWork;
    private AssurancePorts assurance;

    private CompositionRoot(Clock clock, AuditLog auditLog, RequestRepository requests, BreachRepository breaches,
                            AssetRepository assets, ScheduleRepository schedules, RecordRepository records,
                            LegalHoldRepository holds, DisposalBatchRepository disposalBatches, StoreProbe storeProbe,
                            AutoCloseable store, String description, RecordImporter recordImporter,
                            UnitOfWork unitOfWork) {
        this.recordImporter = recordImporter;
        this.unitOfWork = unitOfWork;
        this.store = store;
        this.description = description;
        this.assets = assets;
        this.schedules = schedules;
        this.records = records;
        this.holds = holds;
        this.disposalBatches = disposalBatches;
        this.clock = clock;
        this.auditLog = auditLog;
        this.requests = requests;
        this.breaches = breaches;
        this.storeProbe = storeProbe;
    }

    /**
     * The ports for {@code settings}: every register in the store {@code ig.store.kind} names, its schema created
     * or migrated on first start. {@code sqlite} (the default) is the file {@code ig.store.path}; {@code postgres}
     * is the database {@code ig.store.url}, which several servers may share.
     *
     * @throws org.igkit.core.error.IgException when the database cannot be reached, or its schema is newer than
     *                                          this server's
     */
    public static CompositionRoot open(ServerSettings settings, Clock clock) {
        if (settings.store().kind() == ServerSettings.StoreKind.POSTGRES) {
            return openPostgres(settings, clock);
        }
        SqliteStore store = SqliteStore.open(settings.storePath(),
                SqliteOptions.defaults().withAuditSealing(settings.auditSealing()));
        return new CompositionRoot(clock, store.auditLog(), store.requests(), store.breaches(), store.assets(),
                store.schedules(), store.records(), store.legalHolds(), store.disposalBatches(),
                probeOf(store.auditLog()), store,
                "SQLite store " + settings.storePath().toAbsolutePath().normalize(), store.recordImporter(),
                store.unitOfWork())
                .withAssurance(assuranceOf(store.assurance(), store.auditLog(), store.unitOfWork()));
    }

    /**
     * The assurance registers of a SQL store, over the store's own unit of work, so that a change and its audit
     * entry commit together as in the other contexts.
     */
    private static AssurancePorts assuranceOf(JdbcAssuranceRepositories repositories, AuditLog auditLog,
                                              UnitOfWork unitOfWork) {
        return new AssurancePorts(repositories.policies(), repositories.attestations(), repositories.staff(),
                repositories.courses(), repositories.completions(), repositories.dpias(),
                repositories.sharingAgreements(), repositories.roles(), repositories.dsptAssessments(), auditLog,
                unitOfWork);
    }

    private synchronized CompositionRoot withAssurance(AssurancePorts ports) {
        this.assurance = ports;
        return this;
    }

    /**
     * Every register in the PostgreSQL database of {@code settings}. The store has no bulk importer of its own yet
     * (COPY is to come, issue 16), so the import endpoint saves record by record, each batch in one unit of work.
     */
    private static CompositionRoot openPostgres(ServerSettings settings, Clock clock) {
        ServerSettings.StoreSettings database = settings.store();
        PostgresStore store = PostgresStore.open(database.url(), emptyToNull(database.user()),
                emptyToNull(database.password()), database.poolSize(), settings.auditSealing());
        return new CompositionRoot(clock, store.auditLog(), store.requests(), store.breaches(), store.assets(),
                store.schedules(), store.records(), store.legalHolds(), store.disposalBatches(),
                probeOf(store.auditLog()), store,
                "PostgreSQL store " + database.url() + " (pool of " + database.poolSize() + ")",
                store.recordImporter(), store.unitOfWork())
                .withAssurance(assuranceOf(store.assurance(), store.auditLog(), store.unitOfWork()));
    }

    private static String emptyToNull(String text) {
        return text.isEmpty() ? null : text;
    }

    /** Whether the store answers: a read of the audit log's size, the cheapest query every store has. */
    private static StoreProbe probeOf(AuditLog auditLog) {
        return () -> {
            try {
                auditLog.size();
                return true;
            } catch (RuntimeException unreachable) {
                return false;
            }
        };
    }

    /**
     * The ports held in memory only, for embedders and examples that want a server without a file; nothing
     * survives a restart.
     */
    public static CompositionRoot inMemory(Clock clock) {
        RecordRepository records = InMemoryRecordRepository.create();
        return new CompositionRoot(clock, InMemoryAuditLog.create(), InMemoryRequestRepository.create(),
                InMemoryBreachRepository.create(), InMemoryAssetRepository.create(), InMemoryScheduleRepository.create(),
                records, InMemoryLegalHoldRepository.create(), InMemoryDisposalBatchRepository.create(), () -> true,
                () -> { }, "in-memory store (nothing is kept across restarts)", RecordImporter.savingEach(records),
                UnitOfWork.serialised());
    }

    /**
     * A builder of the server's ports from any adapters: a vendor's, the in-memory ones, or a mix. Every port not
     * given is an in-memory adapter. The server's own default, {@link IgServer#start(ServerSettings, Clock)}, is
     * {@link #open SQLite}; to run on other adapters, pass what this builds to
     * {@link IgServer#start(ServerSettings, CompositionRoot)}:
     *
     * <pre>{@code
     * CompositionRoot root = CompositionRoot.builder(clock)
     *         .auditLog(myAuditLog).assets(myAssets).requests(myRequests)
     *         .onClose(myDataSource::close)
     *         .build();
     * IgServer server = IgServer.start(settings, root);
     * }</pre>
     */
    public static Builder builder(Clock clock) {
        return new Builder(clock);
    }

    /** Collects the ports of a {@link CompositionRoot}; not thread-safe, use it once. */
    public static final class Builder {
        private final Clock clock;
        private AuditLog auditLog;
        private RequestRepository requests;
        private BreachRepository breaches;
        private AssetRepository assets;
        private ScheduleRepository schedules;
        private RecordRepository records;
        private LegalHoldRepository holds;
        private DisposalBatchRepository disposalBatches;
        private StoreProbe storeProbe = () -> true;
        private AutoCloseable onClose = () -> { };
        private String description = "the embedder's adapters";
        private RecordImporter recordImporter;
        private UnitOfWork unitOfWork;
        private AssurancePorts assurance;

        private Builder(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
        }

        /** The audit log. */
        public Builder auditLog(AuditLog auditLog) {
            this.auditLog = Objects.requireNonNull(auditLog, "auditLog");
            return this;
        }

        /** The register of information requests. */
        public Builder requests(RequestRepository requests) {
            this.requests = Objects.requireNonNull(requests, "requests");
            return this;
        }

        /** The breach log. */
        public Builder breaches(BreachRepository breaches) {
            this.breaches = Objects.requireNonNull(breaches, "breaches");
            return this;
        }

        /** The information asset register. */
        public Builder assets(AssetRepository assets) {
            this.assets = Objects.requireNonNull(assets, "assets");
            return this;
        }

        /** Retention schedules. */
        public Builder schedules(ScheduleRepository schedules) {
            this.schedules = Objects.requireNonNull(schedules, "schedules");
            return this;
        }

        /** Retained records. */
        public Builder records(RecordRepository records) {
            this.records = Objects.requireNonNull(records, "records");
            return this;
        }

        /** Legal holds. */
        public Builder holds(LegalHoldRepository holds) {
            this.holds = Objects.requireNonNull(holds, "holds");
            return this;
        }

        /** Disposal batches. */
        public Builder disposalBatches(DisposalBatchRepository disposalBatches) {
            this.disposalBatches = Objects.requireNonNull(disposalBatches, "disposalBatches");
            return this;
        }

        /** The assurance registers; by default in memory. */
        public Builder assurance(AssurancePorts assurance) {
            this.assurance = Objects.requireNonNull(assurance, "assurance");
            return this;
        }

        /** Bulk import of new records; by default the records repository, record by record. */
        public Builder recordImporter(RecordImporter recordImporter) {
            this.recordImporter = Objects.requireNonNull(recordImporter, "recordImporter");
            return this;
        }

        /**
         * The unit of work of the store the ports above are in, which every service runs each change and its audit
         * entry in; by default {@link UnitOfWork#serialised()}, right for in-memory adapters only.
         */
        public Builder unitOfWork(UnitOfWork unitOfWork) {
            this.unitOfWork = Objects.requireNonNull(unitOfWork, "unitOfWork");
            return this;
        }

        /** What {@code /health} asks whether the store answers; by default always yes. */
        public Builder storeProbe(StoreProbe storeProbe) {
            this.storeProbe = Objects.requireNonNull(storeProbe, "storeProbe");
            return this;
        }

        /** What closing the server closes after it has stopped (a connection pool, say); by default nothing. */
        public Builder onClose(AutoCloseable onClose) {
            this.onClose = Objects.requireNonNull(onClose, "onClose");
            return this;
        }

        /** A one-line description of the store, for the startup log. */
        public Builder description(String description) {
            this.description = Objects.requireNonNull(description, "description");
            return this;
        }

        /** The composition root, with an in-memory adapter for every port not given. */
        public CompositionRoot build() {
            RecordRepository recordPort = records != null ? records : InMemoryRecordRepository.create();
            UnitOfWork units = unitOfWork != null ? unitOfWork : UnitOfWork.serialised();
            return new CompositionRoot(clock,
                    auditLog != null ? auditLog : InMemoryAuditLog.create(),
                    requests != null ? requests : InMemoryRequestRepository.create(),
                    breaches != null ? breaches : InMemoryBreachRepository.create(),
                    assets != null ? assets : InMemoryAssetRepository.create(),
                    schedules != null ? schedules : InMemoryScheduleRepository.create(),
                    recordPort,
                    holds != null ? holds : InMemoryLegalHoldRepository.create(),
                    disposalBatches != null ? disposalBatches : InMemoryDisposalBatchRepository.create(),
                    storeProbe, onClose, description,
                    recordImporter != null ? recordImporter : RecordImporter.savingEach(recordPort, units),
                    units)
                    .withAssurance(assurance);
        }
    }

    /** The clock every engine and register is given. */
    public Clock clock() {
        return clock;
    }

    /** The audit log. */
    public AuditLog auditLog() {
        return auditLog;
    }

    /** The register of information requests. */
    public RequestRepository requests() {
        return requests;
    }

    /** The breach log. */
    public BreachRepository breaches() {
        return breaches;
    }

    /** The information asset register. */
    public AssetRepository assets() {
        return assets;
    }

    /** Retention schedules. */
    public ScheduleRepository schedules() {
        return schedules;
    }

    /** Retained records. */
    public RecordRepository records() {
        return records;
    }

    /** Legal holds. */
    public LegalHoldRepository holds() {
        return holds;
    }

    /**
     * Disposal batches between sweep, approval and execution, with their certificates: in the store with the
     * other registers, so a batch swept before a restart can be approved and executed after it.
     */
    public DisposalBatchRepository disposalBatches() {
        return disposalBatches;
    }

    /** Bulk import of new records: the store's own when it has one, else record by record. */
    public RecordImporter recordImporter() {
        return recordImporter;
    }

    /** The unit of work of the store: each service runs a change and its audit entry in one unit. */
    public UnitOfWork unitOfWork() {
        return unitOfWork;
    }

    /**
     * The assurance registers (policies, attestations, training, DPIAs, sharing agreements, roles, DSPT); in memory
     * when the store has none or the builder was given none.
     */
    public synchronized AssurancePorts assurance() {
        if (assurance == null) {
            assurance = AssuranceRegister.inMemory(auditLog, AssuranceOptions.defaultsFor(
                    OrganisationProfile.of(OrganisationProfile.Type.COUNTY_OR_UNITARY_COUNCIL)), clock).ports();
        }
        return assurance;
    }

    /** Whether the store answers. */
    public StoreProbe storeProbe() {
        return storeProbe;
    }

    /** A one-line description of the store, for the startup log. */
    public String describeStore() {
        return description;
    }

    /** Closes the store (its connection pool); the ports must not be used afterwards. */
    @Override
    public void close() {
        try {
            store.close();
        } catch (Exception e) {
            throw new IllegalStateException("the store did not close cleanly", e);
        }
    }
}
