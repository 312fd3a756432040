package org.igkit.assets.register;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

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
import org.igkit.core.error.ConflictException;
import org.igkit.core.paging.Page;
import org.igkit.core.paging.PageRequest;
import org.igkit.assets.port.AssetRepository;
import org.igkit.core.port.AuditLog;
import org.igkit.core.port.UnitOfWork;

/**
 * The Information Asset Register over a store, and the only way to change it: each save is checked as of today
 * (by the injected clock) and recorded in the audit log with the same action names whoever calls it; the views read the whole register a page at a time. Thread-safe if its ports are.
 */
public final class AssetRegister {
    /** The audit subject type of register entries. */
    public static final String AUDIT_SUBJECT = "information asset";
    /** The audit action of an entry added to the register. */
    public static final String ADDED = "asset.added";
    /** The audit action of an entry replaced in the register; its {@code changed} detail lists the fields. */
    public static final String REPLACED = "asset.replaced";

    private static final List<Map.Entry<String, Function<InformationAsset, Object>>> FIELDS = List.of(
            Map.entry("id", InformationAsset::id),
            Map.entry("name", InformationAsset::name),
            Map.entry("description", InformationAsset::description),
            Map.entry("businessArea", InformationAsset::businessArea),
            Map.entry("format", InformationAsset::format),
            Map.entry("systemOrLocation", InformationAsset::systemOrLocation),
            Map.entry("assetOwner", InformationAsset::assetOwner),
            Map.entry("dataOwner", InformationAsset::dataOwner),
            Map.entry("personalData", InformationAsset::personalData),
            Map.entry("role", InformationAsset::role),
            Map.entry("controllers", InformationAsset::controllers),
            Map.entry("dataSubjectCategories", InformationAsset::dataSubjectCategories),
            Map.entry("personalDataCategories", InformationAsset::personalDataCategories),
            Map.entry("specialCategories", InformationAsset::specialCategories),
            Map.entry("specialCategoryConditions", InformationAsset::specialCategoryConditions),
            Map.entry("criminalOffenceData", InformationAsset::criminalOffenceData),
            Map.entry("criminalOffenceCondition", InformationAsset::criminalOffenceCondition),
            Map.entry("purposes", InformationAsset::purposes),
            Map.entry("lawfulBases", InformationAsset::lawfulBases),
            Map.entry("consentMechanism", InformationAsset::consentMechanism),
            Map.entry("recipients", InformationAsset::recipients),
            Map.entry("processors", InformationAsset::processors),
            Map.entry("transfers", InformationAsset::transfers),
            Map.entry("classification", InformationAsset::classification),
            Map.entry("securityMeasures", InformationAsset::securityMeasures),
            Map.entry("accessRoles", InformationAsset::accessRoles),
            Map.entry("retention", InformationAsset::retention),
            Map.entry("dpia", InformationAsset::dpia),
            Map.entry("reviewDate", InformationAsset::reviewDate),
            Map.entry("status", InformationAsset::status),
            Map.entry("flows", InformationAsset::flows),
            Map.entry("confidential", InformationAsset::confidential),
            Map.entry("confidentialFields", InformationAsset::confidentialFields));

    private final AssetRepository repository;
    private final AuditLog auditLog;
    private final UnitOfWork unitOfWork;
    private final Clock clock;

    private AssetRegister(AssetRepository repository, AuditLog auditLog, UnitOfWork unitOfWork, Clock clock) {
        this.repository = Objects.requireNonNull(repository, "repository");
        this.auditLog = Objects.requireNonNull(auditLog, "auditLog");
        this.unitOfWork = Objects.requireNonNull(unitOfWork, "unitOfWork");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * A register storing entries in {@code repository}, auditing saves in {@code auditLog}, each save and its entry
     * in one unit of {@code unitOfWork} (the store's, so that they commit together), dating by {@code clock}.
     */
    public static AssetRegister of(AssetRepository repository, AuditLog auditLog, UnitOfWork unitOfWork,
                                   Clock clock) {
        return new AssetRegister(repository, auditLog, unitOfWork, clock);
    }

    /**
     * A register over ports held in memory ({@link UnitOfWork#serialised()}: saves run one at a time, nothing is
     * rolled back). Over a database pass its unit of work to {@link #of(AssetRepository, AuditLog, UnitOfWork,
     * Clock)}, or a crash between a save and its entry leaves the save unaudited.
     */
    public static AssetRegister of(AssetRepository repository, AuditLog auditLog, Clock clock) {
        return of(repository, auditLog, UnitOfWork.serialised(), clock);
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
     * Adds {@code asset} to the register (its version must be 0), appends an {@value #ADDED} audit event by
     * {@code actor}, and checks it as of today.
     *
     * @throws org.igkit.core.error.ConflictException when an entry with its id exists
     */
    public Registration add(InformationAsset asset, String actor) {
        Objects.requireNonNull(asset, "asset");
        Objects.requireNonNull(actor, "actor");
        InformationAsset saved = unitOfWork.run("adding information asset " + asset.id().value(), () -> {
            InformationAsset stored = repository.save(asset.withVersion(0));
            auditLog.append(AuditEvent.of(actor, ADDED, clock.instant(), AUDIT_SUBJECT, stored.id().value())
                    .withDetail("version", Long.toString(stored.version()))
                    .withDetail("status", stored.status().name()));
            return stored;
        });
        return new Registration(saved, AssetCheck.of(saved, today()));
    }

    /**
     * Replaces the stored entry of {@code asset}'s id, which must be at {@code expectedVersion}, appends an
     * {@value #REPLACED} audit event by {@code actor} naming the fields that changed, and checks it as of today.
     *
     * @throws org.igkit.core.error.NotFoundException when no entry has its id
     * @throws org.igkit.core.error.ConflictException when the stored version is not {@code expectedVersion}
     */
    public Registration replace(InformationAsset asset, long expectedVersion, String actor) {
        Objects.requireNonNull(asset, "asset");
        Objects.requireNonNull(actor, "actor");
        InformationAsset saved = unitOfWork.run("replacing information asset " + asset.id().value(), () -> {
            InformationAsset stored = repository.get(asset.id());
            if (stored.version() != expectedVersion) {
                throw ConflictException.versionMismatch("information asset", asset.id().value(), expectedVersion,
                        stored.version());
            }
            InformationAsset replaced = repository.save(asset.withVersion(expectedVersion));
            auditLog.append(AuditEvent.of(actor, REPLACED, clock.instant(), AUDIT_SUBJECT, replaced.id().value())
                    .withDetail("version", Long.toString(replaced.version()))
                    .withDetail("status", replaced.status().name())
                    .withDetail("changed", String.join(",", changedFields(stored, replaced))));
            return replaced;
        });
        return new Registration(saved, AssetCheck.of(saved, today()));
    }

    /**
     * Adds {@code asset} when its version is 0, else replaces the stored entry at that version: {@link #add} or
     * {@link #replace}.
     */
    public Registration register(InformationAsset asset, String actor) {
        Objects.requireNonNull(asset, "asset");
        return asset.version() == 0 ? add(asset, actor) : replace(asset, asset.version(), actor);
    }

    /** The stored entry. */
    public InformationAsset get(AssetId id) {
        return repository.get(id);
    }

    /** A page of the entries matching {@code query}. */
    public Page<InformationAsset> search(AssetQuery query, PageRequest page) {
        return repository.search(query, page);
    }

    /** The names of the fields whose values differ between {@code before} and {@code after}, in record order. */
    static List<String> changedFields(InformationAsset before, InformationAsset after) {
        List<String> changed = new ArrayList<>();
        for (Map.Entry<String, Function<InformationAsset, Object>> field : FIELDS) {
            if (!Objects.equals(field.getValue().apply(before), field.getValue().apply(after))) {
                changed.add(field.getKey());
            }
        }
        return changed;
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
        return RecordOfProcessing.of(organisation, all(AssetQuery.all()));
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
