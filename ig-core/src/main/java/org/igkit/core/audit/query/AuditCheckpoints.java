package org.igkit.core.audit.query;

import java.time.Clock;
import java.util.Objects;

import org.igkit.core.audit.AuditCheckpoint;
import org.igkit.core.audit.AuditEvent;
import org.igkit.core.error.ValidationException;
import org.igkit.core.port.AuditLog;

/**
 * Signs a checkpoint of the audit log on request (beside the automatic ones every N entries), for a DPO to export
 * and keep outside the database. The signing is itself audited ({@code audit.checkpoint-signed}), after the
 * checkpoint, so the checkpoint vouches for every entry before that one.
 */
public final class AuditCheckpoints {
    private final AuditLog log;
    private final Clock clock;

    private AuditCheckpoints(AuditLog log, Clock clock) {
        this.log = Objects.requireNonNull(log, "log");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** Checkpoints of {@code log}, audited at {@code clock}'s time. */
    public static AuditCheckpoints over(AuditLog log, Clock clock) {
        return new AuditCheckpoints(log, clock);
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
        AuditCheckpoint checkpoint = log.checkpoint();
        log.append(AuditEvent.of(actor, "audit.checkpoint-signed", clock.instant(), "audit", "checkpoint")
                .withDetail("sequence", Long.toString(checkpoint.sequence()))
                .withDetail("keyId", checkpoint.keyId()));
        return checkpoint;
    }
}
