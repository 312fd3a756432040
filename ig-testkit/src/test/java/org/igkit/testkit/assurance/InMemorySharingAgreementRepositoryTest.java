package org.igkit.testkit.assurance;

import org.igkit.assurance.memory.InMemorySharingAgreementRepository;
import org.igkit.assurance.port.SharingAgreementRepository;

/** The in-memory sharingagreement repository passes the contract every adapter must pass. */
class InMemorySharingAgreementRepositoryTest extends SharingAgreementRepositoryContract {
    @Override
    protected SharingAgreementRepository newRepository() {
        return InMemorySharingAgreementRepository.create();
    }
}
