package org.igkit.retention.calculation;

/** Where a record stands on the as-of date. */
public enum Status {
    /** The due date has come and nothing blocks the action. */
    DUE,
    /** The due date is after the as-of date. */
    NOT_YET_DUE,
    /** The due date has come but a legal hold in force blocks the action. */
    HELD,
    /** A fact the rule needs is missing (not known or not happened), so there is no due date yet. */
    PENDING,
    /** Kept for ever: never due. */
    PERMANENT
}
