package org.igkit.retention.record;

import java.time.Instant;

import org.igkit.core.error.ValidationException;
import org.igkit.retention.schedule.DisposalAction;

/**
 * How a record was disposed of: by which approved batch, with which action, when and by whom.
 *
 * @param batchId    the disposal batch that did it
 * @param action     the action taken
 * @param executedAt when
 * @param executedBy who
 */
public record Disposal(String batchId, DisposalAction action, Instant executedAt, String executedBy) {
    public Disposal {
        ValidationException.Collector problems = ValidationException.collector();
        problems.require(batchId != null && !batchId.isBlank(), "batchId", "must not be blank", batchId);
        problems.require(action != null, "action", "is required", null);
        problems.require(executedAt != null, "executedAt", "is required", null);
        problems.require(executedBy != null && !executedBy.isBlank(), "executedBy", "must not be blank", executedBy);
        problems.throwIfAny();
    }
}
