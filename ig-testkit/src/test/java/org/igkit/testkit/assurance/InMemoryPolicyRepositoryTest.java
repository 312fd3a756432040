package org.igkit.testkit.assurance;

import org.igkit.assurance.memory.InMemoryPolicyRepository;
import org.igkit.assurance.port.PolicyRepository;

/** The in-memory policy repository passes the contract every adapter must pass. */
class InMemoryPolicyRepositoryTest extends PolicyRepositoryContract {
    @Override
    protected PolicyRepository newRepository() {
        return InMemoryPolicyRepository.create();
    }
}
