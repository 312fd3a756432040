package org.igkit.assurance.memory;

import java.util.List;
import java.util.Objects;

import org.igkit.assurance.attestation.Attestation;
import org.igkit.assurance.port.AttestationRepository;
import org.igkit.core.paging.Page;
import org.igkit.core.paging.PageRequest;

/** An {@link AttestationRepository} in memory, thread-safe. */
public final class InMemoryAttestationRepository implements AttestationRepository {
    private final FactTable<Attestation> table = new FactTable<>(Attestation::key);

    private InMemoryAttestationRepository() {
    }

    /** An empty repository. */
    public static InMemoryAttestationRepository create() {
        return new InMemoryAttestationRepository();
    }

    @Override
    public boolean add(Attestation attestation) {
        return table.add(attestation);
    }

    @Override
    public int addAll(List<Attestation> batch) {
        return table.addAll(List.copyOf(batch));
    }

    @Override
    public Page<Attestation> list(PageRequest page) {
        return table.list(page, a -> true);
    }

    @Override
    public List<Attestation> forStaff(String staffId) {
        Objects.requireNonNull(staffId, "staffId");
        return table.all(a -> a.staffId().equals(staffId));
    }

    @Override
    public Page<Attestation> forPolicy(String policyId, PageRequest page) {
        Objects.requireNonNull(policyId, "policyId");
        return table.list(page, a -> a.policyId().equals(policyId));
    }
}
