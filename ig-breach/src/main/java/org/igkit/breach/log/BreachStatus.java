package org.igkit.breach.log;

/** Whether the breach is still being handled. */
public enum BreachStatus {
    /** Being handled. */
    OPEN,
    /** Handled and closed; the record stays in the log. */
    CLOSED
}
