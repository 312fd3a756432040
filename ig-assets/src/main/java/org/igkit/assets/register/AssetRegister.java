package org.igkit.assets.register;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

import org.igkit.assets.AssetCheck;
import org.igkit.assets.AssetId;
import org.igkit.assets.AssetQuery;
import org.igkit.assets.AssetStatus;
import org.igkit.assets.InformationAsset;
import org.igkit.assets.Organisation;
import org.igkit.assets.PublicRegister;
import org.igkit.assets.RecordOfProcessing;
import org.igkit.assets.ReviewList;
import org.igkit.core.audit.AuditEvent;
import org.igkit.core.paging.Page;
import org.igkit.assets.port.AssetRepository;
import org.igkit.core.port.AuditLog;

/**
 * The Information Asset Register over a store: each save is checked as of today (by the injected clock) and
 * recorded in the audit log; the views read the whole register a page at a time. Thread-safe if its ports are.
 */
public final class AssetRegister {
    /** The audit subject type of register entries. */
    public static final String AUDIT_SUBJECT = "information-asset";

    private final AssetRepository repository;
    private final AuditLog auditLog;
    private final Clock clock;

    private AssetRegister(AssetRepository repository, AuditLog auditLog, Clock clock) {
        this.repository = Objects.requireNonNull(repository, "repository");
        this.auditLog = Objects.requireNonNull(auditLog, "auditLog");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** A register storing entries in {@code repository}, auditing saves in {@code auditLog}, dating by {@code clock}. */
    public static AssetRegister of(AssetRepository repository, AuditLog auditLog, Clock clock) {
        return new AssetRegister(repository, auditLog, clock);
    }

    /**
     * An entry as saved, with what needs attention in it today.
     *
     * @param asset the stored entry (its version incremented)
     * @param check the warnings as of the day it was saved
     */
    public record Registration(InformationAsset asset, AssetCheck check) {
        public Registration {
            Objects.requireNonNull(asset, "asset");
            Objects.requireNonNull(check, "check");
        }
    }

    /**
     * Saves {@code asset} (new at version 0, or an update of the stored version), appends an
     * {@code asset.registered} or {@code asset.updated} audit event by {@code actor}, and checks it as of today.
     *
     * @throws org.igkit.core.error.ConflictException as {@link AssetRepository#save(InformationAsset)} does
     */
    public Registration register(InformationAsset asset, String actor) {
        Objects.requireNonNull(actor, "actor");
        InformationAsset saved = repository.save(asset);
        String action = saved.version() == 1 ? "asset.registered" : "asset.updated";
        auditLog.append(AuditEvent.of(actor, action, clock.instant(), AUDIT_SUBJECT, saved.id().value())
                .withDetail("version", Long.toString(saved.version()))
                .withDetail("status", saved.status().name()));
        return new Registration(saved, AssetCheck.of(saved, today()));
    }

    /** The stored entry checked as of today. */
    public AssetCheck check(AssetId id) {
        return AssetCheck.of(repository.get(id), today());
    }

    /** What is due for review today. */
    public ReviewList reviewList() {
        return reviewList(today());
    }

    /** What is due for review on {@code asOf}. */
    public ReviewList reviewList(LocalDate asOf) {
        return ReviewList.of(all(AssetQuery.all().withStatus(AssetStatus.ACTIVE)), asOf);
    }

    /** The Record of Processing Activities of {@code organisation}. */
    public RecordOfProcessing recordOfProcessing(Organisation organisation) {
        return RecordOfProcessing.of(organisation, all(AssetQuery.all().withPersonalData(true)));
    }

    /** The public register with the default options. */
    public PublicRegister publicRegister() {
        return publicRegister(PublicRegister.Options.defaults());
    }

    /** The public register. */
    public PublicRegister publicRegister(PublicRegister.Options options) {
        return PublicRegister.of(all(AssetQuery.all()), options);
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private List<InformationAsset> all(AssetQuery query) {
        return Page.all(request -> repository.search(query, request)).toList();
    }
}
