package org.igkit.testkit.assurance;

import org.igkit.assurance.memory.InMemoryCourseRepository;
import org.igkit.assurance.port.CourseRepository;

/** The in-memory course repository passes the contract every adapter must pass. */
class InMemoryCourseRepositoryTest extends CourseRepositoryContract {
    @Override
    protected CourseRepository newRepository() {
        return InMemoryCourseRepository.create();
    }
}
