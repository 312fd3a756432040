package org.igkit.testkit.assurance;

import org.igkit.assurance.memory.InMemoryRoleRepository;
import org.igkit.assurance.port.RoleRepository;

/** The in-memory role repository passes the contract every adapter must pass. */
class InMemoryRoleRepositoryTest extends RoleRepositoryContract {
    @Override
    protected RoleRepository newRepository() {
        return InMemoryRoleRepository.create();
    }
}
