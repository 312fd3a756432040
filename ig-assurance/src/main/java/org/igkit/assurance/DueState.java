package org.igkit.assurance;

import java.time.LocalDate;
import java.util.Objects;

/** Where something reviewed on a due date stands on a day: not yet due, due that day, or overdue after it. */
public enum DueState {
    /** The due date is later. */
    NOT_DUE,
    /** The due date is today. */
    DUE,
    /** The due date has passed. */
    OVERDUE;

    /** The state of {@code dueOn} as of {@code asOf}: {@code OVERDUE} only when {@code asOf} is after it. */
    public static DueState of(LocalDate dueOn, LocalDate asOf) {
        Objects.requireNonNull(dueOn, "dueOn");
        Objects.requireNonNull(asOf, "asOf");
        return asOf.isBefore(dueOn) ? NOT_DUE : asOf.isEqual(dueOn) ? DUE : OVERDUE;
    }
}
