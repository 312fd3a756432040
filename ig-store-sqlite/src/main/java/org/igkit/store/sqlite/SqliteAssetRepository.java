package org.igkit.store.sqlite;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.igkit.assets.AssetField;
import org.igkit.assets.AssetFormat;
import org.igkit.assets.AssetId;
import org.igkit.assets.AssetQuery;
import org.igkit.assets.AssetStatus;
import org.igkit.assets.DpiaRecord;
import org.igkit.assets.FlowDestination;
import org.igkit.assets.FlowFrequency;
import org.igkit.assets.InformationAsset;
import org.igkit.assets.InformationFlow;
import org.igkit.assets.InternationalTransfer;
import org.igkit.assets.LawfulBasis;
import org.igkit.assets.ProcessingRole;
import org.igkit.assets.RetentionReference;
import org.igkit.assets.SecurityClassification;
import org.igkit.assets.SpecialCategoryCondition;
import org.igkit.assets.TransferSafeguard;
import org.igkit.core.error.ValidationException;
import org.igkit.core.paging.Page;
import org.igkit.core.paging.PageRequest;
import org.igkit.assets.port.AssetRepository;
import org.igkit.store.sqlite.internal.Database;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.Query;

/**
 * The Information Asset Register in {@code information_asset} and its child tables. A save checks the version
 * and rewrites the asset's rows in one {@code IMMEDIATE} transaction; a search is one indexed query in id order
 * plus one query per child table for the page's assets.
 */
final class SqliteAssetRepository implements AssetRepository {
    private static final String TYPE = "information asset";
    private static final String CONTROLLERS = "controllers";
    private static final String DATA_SUBJECT_CATEGORIES = "dataSubjectCategories";
    private static final String PERSONAL_DATA_CATEGORIES = "personalDataCategories";
    private static final String SPECIAL_CATEGORIES = "specialCategories";
    private static final String SPECIAL_CATEGORY_CONDITIONS = "specialCategoryConditions";
    private static final String PURPOSES = "purposes";
    private static final String LAWFUL_BASES = "lawfulBases";
    private static final String RECIPIENTS = "recipients";
    private static final String PROCESSORS = "processors";
    private static final String ACCESS_ROLES = "accessRoles";
    private static final String CONFIDENTIAL_FIELDS = "confidentialFields";

    private static final List<String> COLUMNS = List.of("id", "name", "description", "business_area", "format",
            "system_or_location", "asset_owner", "data_owner", "personal_data", "role", "criminal_offence_data",
            "criminal_offence_condition", "consent_mechanism", "classification", "security_measures",
            "retention_schedule_id", "retention_entry_id", "dpia_reference", "dpia_completed_on", "dpia_review_due_on",
            "review_date", "status", "confidential", "version");
    private static final List<String> CHILD_TABLES = List.of("information_asset_value", "information_asset_transfer",
            "information_asset_flow");

    private final Database database;

    SqliteAssetRepository(Database database) {
        this.database = database;
    }

    @Override
    public InformationAsset save(InformationAsset asset) {
        Objects.requireNonNull(asset, "asset");
        String id = asset.id().value();
        return database.write("saving information asset " + id, h -> {
            Optional<Long> stored = h.createQuery("SELECT version FROM information_asset WHERE id = :id")
                    .bind("id", id).mapTo(Long.class).findOne();
            Versions.check(TYPE, id, asset.version(), stored);
            InformationAsset saved = asset.withVersion(asset.version() + 1);
            // the asset row is updated in place (rows elsewhere may refer to it); its child rows are rewritten
            for (String child : CHILD_TABLES) {
                h.createUpdate("DELETE FROM " + child + " WHERE asset_id = :id").bind("id", id).execute();
            }
            upsert(h, saved);
            return saved;
        });
    }

    @Override
    public Optional<InformationAsset> find(AssetId id) {
        Objects.requireNonNull(id, "id");
        return database.read("reading information asset " + id.value(), h -> {
            List<InformationAsset> found = assemble(h, h.createQuery("SELECT * FROM information_asset WHERE id = :id")
                    .bind("id", id.value()));
            return found.stream().findFirst();
        });
    }

    @Override
    public Page<InformationAsset> search(AssetQuery query, PageRequest page) {
        Objects.requireNonNull(query, "query");
        String after = page.findAfterCursor().map(SqliteAssetRepository::parseCursor).orElse(null);
        List<String> conditions = new ArrayList<>();
        if (after != null) {
            conditions.add("id > :after");
        }
        if (query.assetOwner() != null) {
            conditions.add("asset_owner = :owner");
        }
        if (query.businessArea() != null) {
            conditions.add("business_area = :area");
        }
        if (query.personalData() != null) {
            conditions.add("personal_data = :personal");
        }
        if (query.reviewDueOnOrBefore() != null) {
            conditions.add("review_date <= :reviewBy");
        }
        if (query.status() != null) {
            conditions.add("status = :status");
        }
        String where = conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
        List<InformationAsset> rest = database.read("searching the information asset register", h -> {
            Query select = h.createQuery("SELECT * FROM information_asset" + where + " ORDER BY id LIMIT :limit")
                    .bind("limit", page.limit() + 1);
            if (after != null) {
                select.bind("after", after);
            }
            if (query.assetOwner() != null) {
                select.bind("owner", query.assetOwner());
            }
            if (query.businessArea() != null) {
                select.bind("area", query.businessArea());
            }
            if (query.personalData() != null) {
                select.bind("personal", query.personalData() ? 1 : 0);
            }
            if (query.reviewDueOnOrBefore() != null) {
                select.bind("reviewBy", query.reviewDueOnOrBefore());
            }
            if (query.status() != null) {
                select.bind("status", query.status().name());
            }
            return assemble(h, select);
        });
        return Page.of(rest, page.limit(), a -> a.id().value());
    }

    private static String parseCursor(String cursor) {
        try {
            return AssetId.of(cursor).value();
        } catch (ValidationException e) {
            throw new ValidationException("after", "must be a cursor returned by a previous page", cursor);
        }
    }

    private static void upsert(Handle h, InformationAsset a) {
        h.createUpdate("INSERT INTO information_asset (" + String.join(", ", COLUMNS) + ") VALUES (:id, :name, "
                        + ":description, :businessArea, :format, :systemOrLocation, :assetOwner, :dataOwner, "
                        + ":personalData, :role, :criminalOffenceData, :criminalOffenceCondition, :consentMechanism, "
                        + ":classification, :securityMeasures, :retentionScheduleId, :retentionEntryId, "
                        + ":dpiaReference, :dpiaCompletedOn, :dpiaReviewDueOn, :reviewDate, :status, :confidential, "
                        + ":version) ON CONFLICT (id) DO UPDATE SET " + COLUMNS.stream().skip(1)
                        .map(c -> c + " = excluded." + c).collect(Collectors.joining(", ")))
                .bind("id", a.id().value())
                .bind("name", a.name())
                .bind("description", a.description())
                .bind("businessArea", a.businessArea())
                .bind("format", a.format().name())
                .bind("systemOrLocation", a.systemOrLocation())
                .bind("assetOwner", a.assetOwner())
                .bind("dataOwner", a.dataOwner())
                .bind("personalData", a.personalData() ? 1 : 0)
                .bind("role", a.role().name())
                .bind("criminalOffenceData", a.criminalOffenceData() ? 1 : 0)
                .bind("criminalOffenceCondition", a.criminalOffenceCondition())
                .bind("consentMechanism", a.consentMechanism())
                .bind("classification", a.classification().label())
                .bind("securityMeasures", a.securityMeasures())
                .bind("retentionScheduleId", a.retention() == null ? null : a.retention().scheduleId())
                .bind("retentionEntryId", a.retention() == null ? null : a.retention().entryId())
                .bind("dpiaReference", a.dpia() == null ? null : a.dpia().reference())
                .bindByType("dpiaCompletedOn", a.dpia() == null ? null : a.dpia().completedOn(), LocalDate.class)
                .bindByType("dpiaReviewDueOn", a.dpia() == null ? null : a.dpia().reviewDueOn(), LocalDate.class)
                .bindByType("reviewDate", a.reviewDate(), LocalDate.class)
                .bind("status", a.status().name())
                .bind("confidential", a.confidential() ? 1 : 0)
                .bind("version", a.version())
                .execute();
        var values = h.prepareBatch("INSERT INTO information_asset_value (asset_id, field, position, value) "
                + "VALUES (?, ?, ?, ?)");
        Map<String, List<String>> lists = Map.ofEntries(
                Map.entry(CONTROLLERS, a.controllers()),
                Map.entry(DATA_SUBJECT_CATEGORIES, a.dataSubjectCategories()),
                Map.entry(PERSONAL_DATA_CATEGORIES, a.personalDataCategories()),
                Map.entry(SPECIAL_CATEGORIES, a.specialCategories()),
                Map.entry(SPECIAL_CATEGORY_CONDITIONS, names(a.specialCategoryConditions())),
                Map.entry(PURPOSES, a.purposes()),
                Map.entry(LAWFUL_BASES, names(a.lawfulBases())),
                Map.entry(RECIPIENTS, a.recipients()),
                Map.entry(PROCESSORS, a.processors()),
                Map.entry(ACCESS_ROLES, a.accessRoles()),
                Map.entry(CONFIDENTIAL_FIELDS, names(a.confidentialFields())));
        lists.forEach((field, texts) -> {
            for (int i = 0; i < texts.size(); i++) {
                values.add(a.id().value(), field, i, texts.get(i));
            }
        });
        if (values.size() > 0) {
            values.execute();
        }
        for (int i = 0; i < a.transfers().size(); i++) {
            InternationalTransfer t = a.transfers().get(i);
            h.execute("INSERT INTO information_asset_transfer (asset_id, position, destination, recipient, safeguard, "
                            + "documentation) VALUES (?, ?, ?, ?, ?, ?)", a.id().value(), i, t.destination(),
                    t.recipient(), t.safeguard() == null ? null : t.safeguard().name(), t.documentation());
        }
        for (int i = 0; i < a.flows().size(); i++) {
            InformationFlow f = a.flows().get(i);
            h.execute("INSERT INTO information_asset_flow (asset_id, position, recipient, destination, purpose, "
                            + "frequency, method, sharing_agreement) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", a.id().value(), i,
                    f.to(), f.destination().name(), f.purpose(), f.frequency().name(), f.method(),
                    f.sharingAgreement());
        }
    }

    private static List<String> names(Collection<? extends Enum<?>> values) {
        return values.stream().map(Enum::name).sorted().toList();
    }

    /** Reads the asset rows {@code select} returns and their child rows, in the select's order. */
    private static List<InformationAsset> assemble(Handle h, Query select) {
        List<AssetRow> rows = select.map((rs, ctx) -> AssetRow.read(rs)).list();
        if (rows.isEmpty()) {
            return List.of();
        }
        List<String> ids = rows.stream().map(AssetRow::id).toList();
        Map<String, Map<String, List<String>>> values = new HashMap<>();
        h.createQuery("SELECT asset_id, field, value FROM information_asset_value WHERE asset_id IN (<ids>) "
                        + "ORDER BY asset_id, field, position")
                .bindList("ids", ids)
                .map((rs, ctx) -> values.computeIfAbsent(rs.getString(1), k -> new HashMap<>())
                        .computeIfAbsent(rs.getString(2), k -> new ArrayList<>()).add(rs.getString(3)))
                .list();
        Map<String, List<InternationalTransfer>> transfers = new HashMap<>();
        h.createQuery("SELECT asset_id, destination, recipient, safeguard, documentation FROM information_asset_transfer "
                        + "WHERE asset_id IN (<ids>) ORDER BY asset_id, position")
                .bindList("ids", ids)
                .map((rs, ctx) -> transfers.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(
                        new InternationalTransfer(rs.getString(2), rs.getString(3),
                                rs.getString(4) == null ? null : TransferSafeguard.valueOf(rs.getString(4)),
                                rs.getString(5))))
                .list();
        Map<String, List<InformationFlow>> flows = new HashMap<>();
        h.createQuery("SELECT asset_id, recipient, destination, purpose, frequency, method, sharing_agreement "
                        + "FROM information_asset_flow WHERE asset_id IN (<ids>) ORDER BY asset_id, position")
                .bindList("ids", ids)
                .map((rs, ctx) -> flows.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(
                        new InformationFlow(rs.getString(2), FlowDestination.valueOf(rs.getString(3)),
                                rs.getString(4), FlowFrequency.valueOf(rs.getString(5)), rs.getString(6),
                                rs.getString(7))))
                .list();
        return rows.stream().map(r -> r.toAsset(values.getOrDefault(r.id(), Map.of()),
                transfers.getOrDefault(r.id(), List.of()), flows.getOrDefault(r.id(), List.of()))).toList();
    }

    /** The single-valued fields of one asset as stored. */
    private record AssetRow(String id, String name, String description, String businessArea, String format,
                            String systemOrLocation, String assetOwner, String dataOwner, boolean personalData,
                            String role, boolean criminalOffenceData, String criminalOffenceCondition,
                            String consentMechanism, String classification, String securityMeasures,
                            String retentionScheduleId, String retentionEntryId, String dpiaReference,
                            String dpiaCompletedOn, String dpiaReviewDueOn, String reviewDate, String status,
                            boolean confidential, long version) {

        static AssetRow read(ResultSet rs) throws SQLException {
            return new AssetRow(rs.getString("id"), rs.getString("name"), rs.getString("description"),
                    rs.getString("business_area"), rs.getString("format"), rs.getString("system_or_location"),
                    rs.getString("asset_owner"), rs.getString("data_owner"), rs.getInt("personal_data") == 1,
                    rs.getString("role"), rs.getInt("criminal_offence_data") == 1,
                    rs.getString("criminal_offence_condition"), rs.getString("consent_mechanism"),
                    rs.getString("classification"), rs.getString("security_measures"),
                    rs.getString("retention_schedule_id"), rs.getString("retention_entry_id"),
                    rs.getString("dpia_reference"), rs.getString("dpia_completed_on"),
                    rs.getString("dpia_review_due_on"), rs.getString("review_date"), rs.getString("status"),
                    rs.getInt("confidential") == 1, rs.getLong("version"));
        }

        InformationAsset toAsset(Map<String, List<String>> values, List<InternationalTransfer> transfers,
                                 List<InformationFlow> flows) {
            return new InformationAsset(AssetId.of(id), name, description, businessArea, AssetFormat.valueOf(format),
                    systemOrLocation, assetOwner, dataOwner, personalData, ProcessingRole.valueOf(role),
                    values.getOrDefault(CONTROLLERS, List.of()),
                    values.getOrDefault(DATA_SUBJECT_CATEGORIES, List.of()),
                    values.getOrDefault(PERSONAL_DATA_CATEGORIES, List.of()),
                    values.getOrDefault(SPECIAL_CATEGORIES, List.of()),
                    enums(values.get(SPECIAL_CATEGORY_CONDITIONS), SpecialCategoryCondition.class),
                    criminalOffenceData, criminalOffenceCondition,
                    values.getOrDefault(PURPOSES, List.of()),
                    enums(values.get(LAWFUL_BASES), LawfulBasis.class),
                    consentMechanism,
                    values.getOrDefault(RECIPIENTS, List.of()),
                    values.getOrDefault(PROCESSORS, List.of()),
                    transfers,
                    SecurityClassification.of(classification), securityMeasures,
                    values.getOrDefault(ACCESS_ROLES, List.of()),
                    retentionScheduleId == null ? null : RetentionReference.of(retentionScheduleId, retentionEntryId),
                    dpiaReference == null ? null : new DpiaRecord(dpiaReference, date(dpiaCompletedOn),
                            date(dpiaReviewDueOn)),
                    date(reviewDate), AssetStatus.valueOf(status), flows, confidential,
                    enums(values.get(CONFIDENTIAL_FIELDS), AssetField.class), version);
        }

        private static LocalDate date(String text) {
            return text == null ? null : LocalDate.parse(text);
        }

        private static <E extends Enum<E>> Set<E> enums(List<String> names, Class<E> type) {
            if (names == null) {
                return Set.of();
            }
            return names.stream().map(n -> Enum.valueOf(type, n)).collect(Collectors.toSet());
        }
    }
}
