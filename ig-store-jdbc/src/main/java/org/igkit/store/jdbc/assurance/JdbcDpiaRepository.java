package org.igkit.store.jdbc.assurance;

import java.util.List;
import java.util.Optional;

import org.igkit.assets.AssetId;
import org.igkit.assurance.dpia.Dpia;
import org.igkit.assurance.port.DpiaRepository;
import org.igkit.core.paging.Page;
import org.igkit.core.paging.PageRequest;
import org.igkit.json.EntityDocuments;
import org.igkit.store.jdbc.DocumentTable;
import org.igkit.store.jdbc.SqlDialect;
import org.igkit.store.jdbc.Transactions;

/** DPIAs with their screening, advice, consultation and sign-off; the assets each covers in a side table, so that "the DPIAs covering an asset" is an index look-up, in {@code assurance_dpia}: one row a DPIA, read whole from its document. */
final class JdbcDpiaRepository implements DpiaRepository {
    private final DocumentTable<Dpia> table;

    JdbcDpiaRepository(Transactions database, SqlDialect dialect) {
        this.table = DocumentTable.<Dpia>builder(database, dialect, "assurance_dpia", "DPIA")
                .identity(Dpia::id, Dpia::version, Dpia::withVersion)
                .document(EntityDocuments::write, json -> EntityDocuments.read(json, Dpia.class))
                .afterSave((h, saved) -> {
                    h.createUpdate("DELETE FROM assurance_dpia_asset WHERE dpia_id = :id").bind("id", saved.id()).execute();
                    for (AssetId asset : saved.assets()) {
                        h.createUpdate("INSERT INTO assurance_dpia_asset (asset_id, dpia_id) VALUES (:asset, :id)")
                                .bind("asset", asset.value()).bind("id", saved.id()).execute();
                    }
                })
                .build();
    }

    @Override
    public Dpia save(Dpia dpia) {
        return table.save(dpia);
    }

    @Override
    public Optional<Dpia> find(String id) {
        return table.find(id);
    }

    @Override
    public Page<Dpia> list(PageRequest page) {
        return table.listById("1 = 1", java.util.Map.of(), page);
    }

    @Override
    public List<Dpia> covering(AssetId asset) {
        return Page.all(p -> table.listById("id IN (SELECT dpia_id FROM assurance_dpia_asset WHERE asset_id = :asset)",
                java.util.Map.of("asset", asset.value()), p)).toList();
    }
}
