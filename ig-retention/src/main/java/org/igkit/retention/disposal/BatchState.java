package org.igkit.retention.disposal;

/** Where a disposal batch is in its life. */
public enum BatchState {
    /** Listed by a sweep; nothing may be disposed of yet. */
    PROPOSED,
    /** Approved by a records manager; may be executed. */
    APPROVED,
    /** Executed: its certificate is issued. */
    EXECUTED
}
