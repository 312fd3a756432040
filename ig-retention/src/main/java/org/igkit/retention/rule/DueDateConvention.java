package org.igkit.retention.rule;

/** What a rule's date means, by one day (spec section 3.2, an open decision). */
public enum DueDateConvention {
    /** The rule's date is the first day the action may be taken ("until the 25th birthday"). The default. */
    ON_THE_DATE,
    /** The strict reading of "N years after": the action may be taken from the day after the rule's date. */
    DAY_AFTER
}
