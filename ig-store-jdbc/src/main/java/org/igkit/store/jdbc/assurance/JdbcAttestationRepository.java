package org.igkit.store.jdbc.assurance;

import java.util.List;

import org.igkit.assurance.port.AttestationRepository;
import org.igkit.assurance.attestation.Attestation;
import org.igkit.core.paging.Page;
import org.igkit.core.paging.PageRequest;
import org.igkit.json.EntityDocuments;
import org.igkit.store.jdbc.FactTable;
import org.igkit.store.jdbc.SqlDialect;
import org.igkit.store.jdbc.Transactions;

/** Attestations in {@code assurance_attestation}, one row a fact under its key; adding one already held writes nothing. */
final class JdbcAttestationRepository implements AttestationRepository {
    private final FactTable<Attestation> table;

    JdbcAttestationRepository(Transactions database, SqlDialect dialect) {
        this.table = new FactTable<>(database, dialect, "assurance_attestation", "attestation", Attestation::key, "staff_id",
                Attestation::staffId, "policy_id", Attestation::policyId, EntityDocuments::write,
                json -> EntityDocuments.read(json, Attestation.class));
    }

    @Override
    public boolean add(Attestation attestation) {
        return table.add(attestation);
    }

    @Override
    public int addAll(List<Attestation> batch) {
        return table.addAll(batch);
    }

    @Override
    public Page<Attestation> list(PageRequest page) {
        return table.list(null, null, page);
    }

    @Override
    public List<Attestation> forStaff(String staffId) {
        return table.all("staff_id", staffId);
    }

    @Override
    public Page<Attestation> forPolicy(String policyId, PageRequest page) {
        return table.list("policy_id", policyId, page);
    }
}
