package org.igkit.testkit.assurance;

import org.igkit.assurance.memory.InMemoryDsptAssessmentRepository;
import org.igkit.assurance.port.DsptAssessmentRepository;

/** The in-memory dsptassessment repository passes the contract every adapter must pass. */
class InMemoryDsptAssessmentRepositoryTest extends DsptAssessmentRepositoryContract {
    @Override
    protected DsptAssessmentRepository newRepository() {
        return InMemoryDsptAssessmentRepository.create();
    }
}
