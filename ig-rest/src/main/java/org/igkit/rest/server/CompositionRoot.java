package org.igkit.rest.server;

import java.time.Clock;

import org.igkit.breach.memory.InMemoryBreachRepository;
import org.igkit.breach.port.BreachRepository;
import org.igkit.core.memory.InMemoryAssetRepository;
import org.igkit.core.memory.InMemoryAuditLog;
import org.igkit.core.port.AssetRepository;
import org.igkit.core.port.AuditLog;
import org.igkit.requests.memory.InMemoryRequestRepository;
import org.igkit.requests.port.RequestRepository;
import org.igkit.rest.health.StoreProbe;
import org.igkit.retention.memory.InMemoryLegalHoldRepository;
import org.igkit.retention.memory.InMemoryRecordRepository;
import org.igkit.retention.memory.InMemoryScheduleRepository;
import org.igkit.retention.port.LegalHoldRepository;
import org.igkit.retention.port.RecordRepository;
import org.igkit.retention.port.ScheduleRepository;

/**
 * Where the server's ports are made: the only class that chooses adapters (and, once the SQLite store is wired,
 * the only one that touches ig-store-sqlite). Closing it closes the store.
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
    private final StoreProbe storeProbe;

    private CompositionRoot(Clock clock, AuditLog auditLog, RequestRepository requests, BreachRepository breaches,
                            AssetRepository assets, ScheduleRepository schedules, RecordRepository records,
                            LegalHoldRepository holds, StoreProbe storeProbe) {
        this.assets = assets;
        this.schedules = schedules;
        this.records = records;
        this.holds = holds;
        this.clock = clock;
        this.auditLog = auditLog;
        this.requests = requests;
        this.breaches = breaches;
        this.storeProbe = storeProbe;
    }

    /**
     * The ports for {@code settings}. Until the SQLite store lands these are ig-core's in-memory adapters, so
     * {@code ig.store.path} is not yet used and nothing survives a restart.
     */
    public static CompositionRoot open(ServerSettings settings, Clock clock) {
        return new CompositionRoot(clock, InMemoryAuditLog.create(), InMemoryRequestRepository.create(),
                InMemoryBreachRepository.create(), InMemoryAssetRepository.create(), InMemoryScheduleRepository.create(),
                InMemoryRecordRepository.create(), InMemoryLegalHoldRepository.create(), () -> true);
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

    /** Whether the store answers. */
    public StoreProbe storeProbe() {
        return storeProbe;
    }

    /** A one-line description of the store, for the startup log. */
    public String describeStore() {
        return "in-memory store (nothing is kept across restarts)";
    }

    @Override
    public void close() {
        // the in-memory adapters hold nothing to release
    }
}
