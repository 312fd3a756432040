package org.igkit.testkit.requests;

import org.igkit.requests.memory.InMemoryRequestRepository;
import org.igkit.requests.port.RequestRepository;

/** The in-memory request repository passes the contract every adapter must pass. */
class InMemoryRequestRepositoryTest extends RequestRepositoryContract {
    @Override
    protected RequestRepository newRepository() {
        return InMemoryRequestRepository.create();
    }
}
