package org.igkit.rest.auth;

/**
 * What an API key may do. {@link #ADMIN} may do everything; every role may read ({@link #READER}); the
 * others are the owners of their registers: records managers of retention, DPOs of breaches and requests (and of
 * DPIAs and sharing agreements, which the DPO advises on and, in many bodies, approves), IG leads of the rest of
 * the assurance work. A key may hold several roles ({@code secret:IG_LEAD|DPO}) where one person does both.
 */
public enum Role {
    /** Reads every register. */
    READER,
    /** Manages schedules, retained records, holds and disposals. */
    RECORDS_MANAGER,
    /** Manages breaches, information requests, the asset register, DPIAs and information sharing agreements. */
    DPO,
    /**
     * Manages the assurance registers: policies and attestations, training, named roles and the DSPT assessment
     * (the IG lead, often the SIRO's deputy or the IG manager, who keeps the IG work plan the board hears about).
     */
    IG_LEAD,
    /** Everything, including verifying the audit chain. */
    ADMIN;

    /** True when a key holding this role may do what {@code required} guards. */
    public boolean grants(Role required) {
        return this == ADMIN || this == required || required == READER;
    }
}
