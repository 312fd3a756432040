package org.igkit.testkit.assurance;

import org.igkit.assurance.memory.InMemoryStaffRepository;
import org.igkit.assurance.port.StaffRepository;

/** The in-memory staff repository passes the contract every adapter must pass. */
class InMemoryStaffRepositoryTest extends StaffRepositoryContract {
    @Override
    protected StaffRepository newRepository() {
        return InMemoryStaffRepository.create();
    }
}
