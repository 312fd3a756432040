package org.igkit.retention.register;

import java.util.Objects;

import org.igkit.core.port.AuditLog;
import org.igkit.retention.port.DisposalBatchRepository;
import org.igkit.retention.port.LegalHoldRepository;
import org.igkit.retention.port.RecordRepository;
import org.igkit.retention.port.ScheduleRepository;

/**
 * The ports the retention context writes through, handed to its services as one value so that the register and
 * the disposal service are built from the same store: records, schedules, holds, disposal batches and the audit
 * log.
 */
public record RetentionPorts(RecordRepository records, ScheduleRepository schedules, LegalHoldRepository holds,
                             DisposalBatchRepository batches, AuditLog audit) {
    public RetentionPorts {
        Objects.requireNonNull(records, "records");
        Objects.requireNonNull(schedules, "schedules");
        Objects.requireNonNull(holds, "holds");
        Objects.requireNonNull(batches, "batches");
        Objects.requireNonNull(audit, "audit");
    }

    /** The five ports, named. */
    public static RetentionPorts of(RecordRepository records, ScheduleRepository schedules, LegalHoldRepository holds,
                                    DisposalBatchRepository batches, AuditLog audit) {
        return new RetentionPorts(records, schedules, holds, batches, audit);
    }
}
