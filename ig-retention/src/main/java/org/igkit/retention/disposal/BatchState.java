package org.igkit.retention.disposal;

/** Where a disposal batch is in its life. */
public enum BatchState {
    /** Listed by a sweep; nothing may be disposed of yet. */
    PROPOSED,
    /** Approved by a records manager; may be executed. */
    APPROVED,
    /**
     * Claimed by one execution, which is disposing of its records. A run that stopped part-way (a crash, a conflict
     * on a record) leaves the batch here; executing it again finishes the run and audits what is missing.
     */
    EXECUTING,
    /** Executed: its certificate is issued. */
    EXECUTED
}
