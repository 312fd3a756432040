package org.igkit.examples.hr;

import org.igkit.retention.port.DisposalBatchRepository;
import org.igkit.retention.port.LegalHoldRepository;
import org.igkit.retention.port.RecordRepository;
import org.igkit.retention.port.ScheduleRepository;
import org.igkit.testkit.retention.DisposalBatchRepositoryContract;
import org.igkit.testkit.retention.LegalHoldRepositoryContract;
import org.igkit.testkit.retention.RecordRepositoryContract;
import org.igkit.testkit.retention.ScheduleRepositoryContract;
import org.junit.jupiter.api.Nested;

/**
 * How a vendor proves an adapter: extend ig-testkit's contract suite of each port and hand it a fresh adapter. This
 * is the whole test; the suites hold every behaviour igkit relies on (optimistic locking, paging, all-or-nothing
 * bulk holds, the due-date query).
 */
class HrRetentionStoreContractTest {

    @Nested
    class Schedules extends ScheduleRepositoryContract {
        @Override
        protected ScheduleRepository newRepository() {
            return HrRetentionStore.create().schedules();
        }
    }

    @Nested
    class Records extends RecordRepositoryContract {
        @Override
        protected RecordRepository newRepository() {
            return HrRetentionStore.create().records();
        }
    }

    @Nested
    class Holds extends LegalHoldRepositoryContract {
        @Override
        protected LegalHoldRepository newRepository() {
            return HrRetentionStore.create().holds();
        }
    }

    @Nested
    class Batches extends DisposalBatchRepositoryContract {
        @Override
        protected DisposalBatchRepository newRepository() {
            return HrRetentionStore.create().batches();
        }
    }
}
