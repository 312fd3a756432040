package org.igkit.core.audit.query;

import java.time.Clock;
import java.util.Objects;

import org.igkit.core.audit.AuditCheckpoint;
import org.igkit.core.audit.AuditEvent;
import org.igkit.core.error.ValidationException;
import org.igkit.core.port.AuditLog;
import org.igkit.core.port.UnitOfWork;

/**
 * Signs a checkpoint of the audit log on request (beside the automatic ones every N entries), for a DPO to export
 * and keep outside the database. The signing is itself audited ({@code audit.checkpoint-signed}), after the
 * checkpoint, so the checkpoint vouches for every entry before that one; the checkpoint and its entry are written in
 * one unit of work, so a crash leaves both or neither.
 */
public final class AuditCheckpoints {
    private final AuditLog log;
    private final UnitOfWork unitOfWork;
    private final Clock clock;

    private AuditCheckpoints(AuditLog log, UnitOfWork unitOfWork, Clock clock) {
        this.log = Objects.requireNonNull(log, "log");
        this.unitOfWork = Objects.requireNonNull(unitOfWork, "unitOfWork");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** Checkpoints of {@code log}, each with its entry in one unit of {@code unitOfWork} (the log's store's). */
    public static AuditCheckpoints over(AuditLog log, UnitOfWork unitOfWork, Clock clock) {
        return new AuditCheckpoints(log, unitOfWork, clock);
    }

    /** Checkpoints of a log held in memory ({@link UnitOfWork#serialised()}), audited at {@code clock}'s time. */
    public static AuditCheckpoints over(AuditLog log, Clock clock) {
        return new AuditCheckpoints(log, UnitOfWork.serialised(), clock);
    }

    /**
     * Signs a checkpoint of the log as it stands and records who asked.
     *
     * @throws org.igkit.core.error.ConflictException if the log has no key or no entry
     */
    public AuditCheckpoint sign(String actor) {
        if (actor == null || actor.isBlank()) {
            throw new ValidationException("actor", "must not be blank", actor);
        }
        return unitOfWork.run("signing an audit checkpoint", () -> {
            AuditCheckpoint checkpoint = log.checkpoint();
            log.append(AuditEvent.of(actor, "audit.checkpoint-signed", clock.instant(), "audit", "checkpoint")
                    .withDetail("sequence", Long.toString(checkpoint.sequence()))
                    .withDetail("keyId", checkpoint.keyId()));
            return checkpoint;
        });
    }
}
