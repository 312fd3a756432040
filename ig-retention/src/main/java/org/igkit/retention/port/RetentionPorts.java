package org.igkit.retention.port;

import java.util.Objects;

import org.igkit.core.port.AuditLog;
import org.igkit.core.port.UnitOfWork;

/**
 * The ports the retention context writes through, handed to its services as one value so that the register and
 * the disposal service are built from the same store: records, schedules, holds, disposal batches and the audit
 * log, and the unit of work that makes each change and its audit entry one. A store may implement it itself;
 * {@link #of} bundles separate adapters.
 */
public interface RetentionPorts {
    /** The records under retention. */
    RecordRepository records();

    /** The retention schedules. */
    ScheduleRepository schedules();

    /** The legal holds. */
    LegalHoldRepository holds();

    /** The disposal batches. */
    DisposalBatchRepository batches();

    /** The audit log every retention change is written to. */
    AuditLog audit();

    /**
     * The unit of work the services run each change and its audit entry in: the store's, whose transaction every
     * port call above joins, or {@link UnitOfWork#serialised()} for ports held in memory.
     */
    UnitOfWork unitOfWork();

    /**
     * The five ports of one store, named, with the store's unit of work: each change and its audit entry commit
     * together or not at all.
     */
    static RetentionPorts of(RecordRepository records, ScheduleRepository schedules, LegalHoldRepository holds,
                             DisposalBatchRepository batches, AuditLog audit, UnitOfWork unitOfWork) {
        return new Bundle(records, schedules, holds, batches, audit, unitOfWork);
    }

    /**
     * The five ports, named, for ports held in memory ({@link UnitOfWork#serialised()}: changes run one at a
     * time, and nothing is rolled back). Over a database, pass its unit of work to
     * {@link #of(RecordRepository, ScheduleRepository, LegalHoldRepository, DisposalBatchRepository, AuditLog,
     * UnitOfWork)} instead, or a crash between a change and its entry leaves the change unaudited.
     */
    static RetentionPorts of(RecordRepository records, ScheduleRepository schedules, LegalHoldRepository holds,
                             DisposalBatchRepository batches, AuditLog audit) {
        return of(records, schedules, holds, batches, audit, UnitOfWork.serialised());
    }

    /** Five separate adapters and a unit of work, bundled. */
    record Bundle(RecordRepository records, ScheduleRepository schedules, LegalHoldRepository holds,
                  DisposalBatchRepository batches, AuditLog audit, UnitOfWork unitOfWork) implements RetentionPorts {
        public Bundle {
            Objects.requireNonNull(records, "records");
            Objects.requireNonNull(schedules, "schedules");
            Objects.requireNonNull(holds, "holds");
            Objects.requireNonNull(batches, "batches");
            Objects.requireNonNull(audit, "audit");
            Objects.requireNonNull(unitOfWork, "unitOfWork");
        }
    }
}
