package org.igkit.testkit.retention;

import org.igkit.retention.memory.InMemoryDisposalBatchRepository;
import org.igkit.retention.memory.InMemoryLegalHoldRepository;
import org.igkit.retention.memory.InMemoryRecordRepository;
import org.igkit.retention.memory.InMemoryScheduleRepository;
import org.igkit.retention.port.DisposalBatchRepository;
import org.igkit.retention.port.LegalHoldRepository;
import org.igkit.retention.port.RecordRepository;
import org.igkit.retention.port.ScheduleRepository;
import org.junit.jupiter.api.Nested;

/** The in-memory retention adapters pass the contracts every adapter must pass. */
class InMemoryRetentionPortsTest {

    @Nested
    class Schedules extends ScheduleRepositoryContract {
        @Override
        protected ScheduleRepository newRepository() {
            return InMemoryScheduleRepository.create();
        }
    }

    @Nested
    class Records extends RecordRepositoryContract {
        @Override
        protected RecordRepository newRepository() {
            return InMemoryRecordRepository.create();
        }
    }

    @Nested
    class Holds extends LegalHoldRepositoryContract {
        @Override
        protected LegalHoldRepository newRepository() {
            return InMemoryLegalHoldRepository.create();
        }
    }

    @Nested
    class Batches extends DisposalBatchRepositoryContract {
        @Override
        protected DisposalBatchRepository newRepository() {
            return InMemoryDisposalBatchRepository.create();
        }
    }
}
