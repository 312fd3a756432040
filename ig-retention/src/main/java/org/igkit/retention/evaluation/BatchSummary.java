package org.igkit.retention.evaluation;

import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

import org.igkit.retention.calculation.Status;

/**
 * Counts from a batch evaluation.
 *
 * @param total         records evaluated
 * @param byStatus      how many ended in each status
 * @param eligibleNow   how many are eligible now
 * @param earliestDue   the earliest due date seen, or {@code null}
 * @param latestDue     the latest due date seen, or {@code null}
 */
public record BatchSummary(long total, Map<Status, Long> byStatus, long eligibleNow, LocalDate earliestDue,
                           LocalDate latestDue) {
    public BatchSummary {
        EnumMap<Status, Long> copy = new EnumMap<>(Status.class);
        for (Status s : Status.values()) {
            copy.put(s, byStatus.getOrDefault(s, 0L));
        }
        byStatus = Collections.unmodifiableMap(copy);
    }

    /** How many records ended in {@code status}. */
    public long count(Status status) {
        return byStatus.get(status);
    }
}
