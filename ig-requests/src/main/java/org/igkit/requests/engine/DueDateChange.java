package org.igkit.requests.engine;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * How a calendar change moves one open request's due date.
 *
 * @param requestId the request's id in the register
 * @param reference the body's reference for it
 * @param before    the due date under the old calendar version
 * @param after     the due date under the new calendar version
 */
public record DueDateChange(String requestId, String reference, LocalDate before, LocalDate after) {
    public DueDateChange {
        Objects.requireNonNull(requestId, "requestId");
        Objects.requireNonNull(before, "before");
        Objects.requireNonNull(after, "after");
    }

    /** Calendar days the due date moved: positive when later. */
    public long shiftInDays() {
        return ChronoUnit.DAYS.between(before, after);
    }
}
