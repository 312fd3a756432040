package org.igkit.assurance.memory;

import java.util.Optional;

import org.igkit.assurance.port.SharingAgreementRepository;
import org.igkit.assurance.sharing.SharingAgreement;
import org.igkit.core.paging.Page;
import org.igkit.core.paging.PageRequest;

/** A {@link SharingAgreementRepository} in memory, thread-safe. */
public final class InMemorySharingAgreementRepository implements SharingAgreementRepository {
    private final VersionedTable<SharingAgreement> table = new VersionedTable<>("sharing agreement", SharingAgreement::id, SharingAgreement::version, SharingAgreement::withVersion);

    private InMemorySharingAgreementRepository() {
    }

    /** An empty repository. */
    public static InMemorySharingAgreementRepository create() {
        return new InMemorySharingAgreementRepository();
    }

    @Override
    public SharingAgreement save(SharingAgreement row) {
        return table.save(row);
    }

    @Override
    public Optional<SharingAgreement> find(String id) {
        return table.find(id);
    }

    @Override
    public Page<SharingAgreement> list(PageRequest page) {
        return table.list(page, row -> true);
    }
}
