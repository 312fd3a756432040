package org.igkit.rest.auth;

/**
 * What an API key may do. {@link #ADMIN} may do everything; every role may read ({@link #READER}); the
 * others are the owners of their registers: records managers of retention, DPOs of breaches and requests.
 */
public enum Role {
    /** Reads every register. */
    READER,
    /** Manages schedules, retained records, holds and disposals. */
    RECORDS_MANAGER,
    /** Manages breaches, information requests and the asset register. */
    DPO,
    /** Everything, including verifying the audit chain. */
    ADMIN;

    /** True when a key holding this role may do what {@code required} guards. */
    public boolean grants(Role required) {
        return this == ADMIN || this == required || required == READER;
    }
}
