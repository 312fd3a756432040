package org.igkit.store.postgres;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

import org.igkit.assets.AssetId;
import org.igkit.assets.AssetQuery;
import org.igkit.assets.InformationAsset;
import org.igkit.assets.InformationFlow;
import org.igkit.assets.InternationalTransfer;
import org.igkit.assets.port.AssetRepository;
import org.igkit.assets.stored.AssetRow;
import org.igkit.core.error.ConflictException;
import org.igkit.core.paging.Page;
import org.igkit.core.paging.PageRequest;
import org.igkit.store.jdbc.Versions;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.Query;

/**
 * The Information Asset Register in {@code information_asset} and its child tables, mapped through ig-assets'
 * {@link AssetRow} as the SQLite store's is. A save takes the asset's row lock ({@code SELECT ... FOR UPDATE}) before
 * it checks the version, so two servers saving the same asset at once are serialised and the second sees the
 * first's version; a new asset's insert that loses a race to another connection is refused by the primary key and
 * reported as already existing. A search is one indexed query in id order plus one query per child table.
 */
final class PostgresAssetRepository implements AssetRepository {
    private static final String TYPE = "information asset";
    private static final List<String> COLUMNS = List.of("id", "name", "description", "business_area", "format",
            "system_or_location", "asset_owner", "data_owner", "personal_data", "role", "criminal_offence_data",
            "criminal_offence_condition", "consent_mechanism", "classification", "security_measures",
            "retention_schedule_id", "retention_entry_id", "dpia_reference", "dpia_completed_on", "dpia_review_due_on",
            "review_date", "status", "confidential", "version");
    private static final List<String> CHILD_TABLES = List.of("information_asset_value", "information_asset_transfer",
            "information_asset_flow");

    private final PgDatabase database;

    PostgresAssetRepository(PgDatabase database) {
        this.database = database;
    }

    @Override
    public InformationAsset save(InformationAsset asset) {
        Objects.requireNonNull(asset, "asset");
        String id = asset.id().value();
        try {
            return database.write("saving information asset " + id, h -> {
                Optional<Long> stored = h.createQuery("SELECT version FROM information_asset WHERE id = :id FOR UPDATE")
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
        } catch (RuntimeException e) {
            if (asset.version() == 0 && PgDatabase.isUniqueViolation(e)) {
                // another connection inserted the same new id between our read and our insert
                throw ConflictException.alreadyExists(TYPE, id);
            }
            throw e;
        }
    }

    @Override
    public Optional<InformationAsset> find(AssetId id) {
        Objects.requireNonNull(id, "id");
        return database.read("reading information asset " + id.value(), h -> assemble(h,
                h.createQuery("SELECT * FROM information_asset WHERE id = :id").bind("id", id.value()))
                .stream().findFirst());
    }

    @Override
    public Page<InformationAsset> search(AssetQuery query, PageRequest page) {
        Objects.requireNonNull(query, "query");
        String after = page.findAfterCursor().map(AssetRow::parseCursor).orElse(null);
        List<String> conditions = new ArrayList<>();
        Map<String, Object> arguments = new HashMap<>();
        if (after != null) {
            conditions.add("id > :after");
            arguments.put("after", after);
        }
        if (query.assetOwner() != null) {
            conditions.add("asset_owner = :owner");
            arguments.put("owner", query.assetOwner());
        }
        if (query.businessArea() != null) {
            conditions.add("business_area = :area");
            arguments.put("area", query.businessArea());
        }
        if (query.personalData() != null) {
            conditions.add("personal_data = :personal");
            arguments.put("personal", query.personalData());
        }
        if (query.reviewDueOnOrBefore() != null) {
            conditions.add("review_date <= :reviewBy");
            arguments.put("reviewBy", query.reviewDueOnOrBefore());
        }
        if (query.status() != null) {
            conditions.add("status = :status");
            arguments.put("status", query.status().name());
        }
        String where = conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
        List<InformationAsset> rest = database.read("searching the information asset register", h -> {
            Query select = h.createQuery("SELECT * FROM information_asset" + where + " ORDER BY id LIMIT :limit")
                    .bind("limit", page.limit() + 1);
            arguments.forEach(select::bind);
            return assemble(h, select);
        });
        return Page.of(rest, page.limit(), a -> a.id().value());
    }

    private static void upsert(Handle h, InformationAsset a) {
        AssetRow row = AssetRow.of(a);
        h.createUpdate("INSERT INTO information_asset (" + String.join(", ", COLUMNS) + ") VALUES (:id, :name, "
                        + ":description, :businessArea, :format, :systemOrLocation, :assetOwner, :dataOwner, "
                        + ":personalData, :role, :criminalOffenceData, :criminalOffenceCondition, :consentMechanism, "
                        + ":classification, :securityMeasures, :retentionScheduleId, :retentionEntryId, "
                        + ":dpiaReference, :dpiaCompletedOn, :dpiaReviewDueOn, :reviewDate, :status, :confidential, "
                        + ":version) ON CONFLICT (id) DO UPDATE SET " + COLUMNS.stream().skip(1)
                        .map(c -> c + " = excluded." + c).collect(Collectors.joining(", ")))
                .bind("id", row.id())
                .bind("name", row.name())
                .bind("description", row.description())
                .bind("businessArea", row.businessArea())
                .bind("format", row.format())
                .bind("systemOrLocation", row.systemOrLocation())
                .bind("assetOwner", row.assetOwner())
                .bind("dataOwner", row.dataOwner())
                .bind("personalData", row.personalData())
                .bind("role", row.role())
                .bind("criminalOffenceData", row.criminalOffenceData())
                .bind("criminalOffenceCondition", row.criminalOffenceCondition())
                .bind("consentMechanism", row.consentMechanism())
                .bind("classification", row.classification())
                .bind("securityMeasures", row.securityMeasures())
                .bind("retentionScheduleId", row.retentionScheduleId())
                .bind("retentionEntryId", row.retentionEntryId())
                .bind("dpiaReference", row.dpiaReference())
                .bindByType("dpiaCompletedOn", row.dpiaCompletedOn(), LocalDate.class)
                .bindByType("dpiaReviewDueOn", row.dpiaReviewDueOn(), LocalDate.class)
                .bindByType("reviewDate", row.reviewDate(), LocalDate.class)
                .bind("status", row.status())
                .bind("confidential", row.confidential())
                .bind("version", row.version())
                .execute();
        var values = h.prepareBatch("INSERT INTO information_asset_value (asset_id, field, position, value) "
                + "VALUES (?, ?, ?, ?)");
        AssetRow.valueListsOf(a).forEach((field, texts) -> {
            for (int i = 0; i < texts.size(); i++) {
                values.add(row.id(), field, i, texts.get(i));
            }
        });
        if (values.size() > 0) {
            values.execute();
        }
        for (int i = 0; i < a.transfers().size(); i++) {
            InternationalTransfer t = a.transfers().get(i);
            h.execute("INSERT INTO information_asset_transfer (asset_id, position, destination, recipient, safeguard, "
                            + "documentation) VALUES (?, ?, ?, ?, ?, ?)", row.id(), i, t.destination(),
                    t.recipient(), t.safeguard() == null ? null : t.safeguard().name(), t.documentation());
        }
        for (int i = 0; i < a.flows().size(); i++) {
            InformationFlow f = a.flows().get(i);
            h.execute("INSERT INTO information_asset_flow (asset_id, position, recipient, destination, purpose, "
                            + "frequency, method, sharing_agreement) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", row.id(), i,
                    f.to(), f.destination().name(), f.purpose(), f.frequency().name(), f.method(),
                    f.sharingAgreement());
        }
    }

    /** Reads the asset rows {@code select} returns and their child rows, in the select's order. */
    private static List<InformationAsset> assemble(Handle h, Query select) {
        List<AssetRow> rows = select.map((rs, ctx) -> read(rs)).list();
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
                .map((rs, ctx) -> transfers.computeIfAbsent(rs.getString(1), k -> new ArrayList<>())
                        .add(AssetRow.transfer(rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5))))
                .list();
        Map<String, List<InformationFlow>> flows = new HashMap<>();
        h.createQuery("SELECT asset_id, recipient, destination, purpose, frequency, method, sharing_agreement "
                        + "FROM information_asset_flow WHERE asset_id IN (<ids>) ORDER BY asset_id, position")
                .bindList("ids", ids)
                .map((rs, ctx) -> flows.computeIfAbsent(rs.getString(1), k -> new ArrayList<>())
                        .add(AssetRow.flow(rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                                rs.getString(6), rs.getString(7))))
                .list();
        return rows.stream().map(r -> r.toAsset(values.getOrDefault(r.id(), Map.of()),
                transfers.getOrDefault(r.id(), List.of()), flows.getOrDefault(r.id(), List.of()))).toList();
    }

    private static AssetRow read(ResultSet rs) throws SQLException {
        return new AssetRow(rs.getString("id"), rs.getString("name"), rs.getString("description"),
                rs.getString("business_area"), rs.getString("format"), rs.getString("system_or_location"),
                rs.getString("asset_owner"), rs.getString("data_owner"), rs.getBoolean("personal_data"),
                rs.getString("role"), rs.getBoolean("criminal_offence_data"),
                rs.getString("criminal_offence_condition"), rs.getString("consent_mechanism"),
                rs.getString("classification"), rs.getString("security_measures"),
                rs.getString("retention_schedule_id"), rs.getString("retention_entry_id"),
                rs.getString("dpia_reference"), rs.getObject("dpia_completed_on", LocalDate.class),
                rs.getObject("dpia_review_due_on", LocalDate.class), rs.getObject("review_date", LocalDate.class),
                rs.getString("status"), rs.getBoolean("confidential"), rs.getLong("version"));
    }
}
