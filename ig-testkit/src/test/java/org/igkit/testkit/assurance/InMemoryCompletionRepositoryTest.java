package org.igkit.testkit.assurance;

import org.igkit.assurance.memory.InMemoryCompletionRepository;
import org.igkit.assurance.port.CompletionRepository;

/** The in-memory completion repository passes the contract every adapter must pass. */
class InMemoryCompletionRepositoryTest extends CompletionRepositoryContract {
    @Override
    protected CompletionRepository newRepository() {
        return InMemoryCompletionRepository.create();
    }
}
