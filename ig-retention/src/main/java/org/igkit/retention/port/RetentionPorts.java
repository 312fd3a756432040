package org.igkit.retention.port;

import java.util.Objects;

import org.igkit.core.port.AuditLog;

/**
 * The ports the retention context writes through, handed to its services as one value so that the register and
 * the disposal service are built from the same store: records, schedules, holds, disposal batches and the audit
 * log. An interface, like every port, so that a store may hand out its own bundle; {@link #of} bundles five ports.
 */
public interface RetentionPorts {

    /** The records under retention. */
    RecordRepository records();

    /** The schedules. */
    ScheduleRepository schedules();

    /** The legal holds. */
    LegalHoldRepository holds();

    /** The disposal batches. */
    DisposalBatchRepository batches();

    /** The audit log every retention change is written to. */
    AuditLog audit();

    /** The five ports, named. */
    static RetentionPorts of(RecordRepository records, ScheduleRepository schedules, LegalHoldRepository holds,
                             DisposalBatchRepository batches, AuditLog audit) {
        return new Bundle(records, schedules, holds, batches, audit);
    }

    /** Five ports held together. */
    record Bundle(RecordRepository records, ScheduleRepository schedules, LegalHoldRepository holds,
                  DisposalBatchRepository batches, AuditLog audit) implements RetentionPorts {
        public Bundle {
            Objects.requireNonNull(records, "records");
            Objects.requireNonNull(schedules, "schedules");
            Objects.requireNonNull(holds, "holds");
            Objects.requireNonNull(batches, "batches");
            Objects.requireNonNull(audit, "audit");
        }
    }
}
