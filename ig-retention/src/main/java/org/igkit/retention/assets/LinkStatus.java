package org.igkit.retention.assets;

/** How an asset's retention reference fared against the schedules. */
public enum LinkStatus {
    /** The reference names an entry in force on the check's date. */
    RESOLVED,
    /** The asset names no retention entry at all. */
    NO_REFERENCE,
    /** No schedule has the referenced schedule id. */
    NO_SUCH_SCHEDULE,
    /** The schedule exists but has no entry with the referenced id. */
    NO_SUCH_ENTRY,
    /** The entry exists, but no version of it is in force on the check's date (superseded or not yet effective). */
    NOT_IN_FORCE;

    /** True when the asset's retention is settled by a current schedule entry. */
    public boolean isResolved() {
        return this == RESOLVED;
    }
}
