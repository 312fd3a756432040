package org.igkit.testkit.assurance;

import org.igkit.assurance.memory.InMemoryDpiaRepository;
import org.igkit.assurance.port.DpiaRepository;

/** The in-memory dpia repository passes the contract every adapter must pass. */
class InMemoryDpiaRepositoryTest extends DpiaRepositoryContract {
    @Override
    protected DpiaRepository newRepository() {
        return InMemoryDpiaRepository.create();
    }
}
