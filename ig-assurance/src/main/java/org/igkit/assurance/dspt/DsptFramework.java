package org.igkit.assurance.dspt;

/** The framework a DSPT assessment follows; which one an organisation uses is data per organisation-year. */
public enum DsptFramework {
    /** The National Data Guardian's 10 data security standards. */
    NDG10,
    /** The NCSC Cyber Assessment Framework aligned DSPT (from September 2024 for Category 1 bodies). */
    CAF
}
