package org.igkit.testkit.breach;

import org.igkit.breach.memory.InMemoryBreachRepository;
import org.igkit.breach.port.BreachRepository;

/** The in-memory breach repository passes the contract every adapter must pass. */
class InMemoryBreachRepositoryTest extends BreachRepositoryContract {
    @Override
    protected BreachRepository newRepository() {
        return InMemoryBreachRepository.create();
    }
}
