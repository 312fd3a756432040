package org.igkit.testkit.assurance;

import org.igkit.assurance.memory.InMemoryAttestationRepository;
import org.igkit.assurance.port.AttestationRepository;

/** The in-memory attestation repository passes the contract every adapter must pass. */
class InMemoryAttestationRepositoryTest extends AttestationRepositoryContract {
    @Override
    protected AttestationRepository newRepository() {
        return InMemoryAttestationRepository.create();
    }
}
