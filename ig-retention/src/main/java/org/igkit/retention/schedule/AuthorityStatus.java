package org.igkit.retention.schedule;

/** Whether a schedule entry's disposal has been authorised (e.g. NARA "disposition pending approval"). */
public enum AuthorityStatus {
    /** Disposal is authorised by the schedule's owner. The default. */
    APPROVED,
    /** Disposal is not yet authorised: the calculator never makes such a record eligible for destruction. */
    PENDING
}
