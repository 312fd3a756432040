package org.igkit.store.jdbc.assurance;

import java.util.Optional;

import org.igkit.assurance.port.SharingAgreementRepository;
import org.igkit.assurance.sharing.SharingAgreement;
import org.igkit.core.paging.Page;
import org.igkit.core.paging.PageRequest;
import org.igkit.json.EntityDocuments;
import org.igkit.store.jdbc.DocumentTable;
import org.igkit.store.jdbc.SqlDialect;
import org.igkit.store.jdbc.Transactions;

/** The central log of information sharing agreements, in {@code assurance_sharing_agreement}: one row a sharing agreement, read whole from its document. */
final class JdbcSharingAgreementRepository implements SharingAgreementRepository {
    private final DocumentTable<SharingAgreement> table;

    JdbcSharingAgreementRepository(Transactions database, SqlDialect dialect) {
        this.table = DocumentTable.<SharingAgreement>builder(database, dialect, "assurance_sharing_agreement", "sharing agreement")
                .identity(SharingAgreement::id, SharingAgreement::version, SharingAgreement::withVersion)
                .document(EntityDocuments::write, json -> EntityDocuments.read(json, SharingAgreement.class))
                .build();
    }

    @Override
    public SharingAgreement save(SharingAgreement sharingAgreement) {
        return table.save(sharingAgreement);
    }

    @Override
    public Optional<SharingAgreement> find(String id) {
        return table.find(id);
    }

    @Override
    public Page<SharingAgreement> list(PageRequest page) {
        return table.listById("1 = 1", java.util.Map.of(), page);
    }
}
