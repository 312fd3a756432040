package org.igkit.assurance.sharing;

/** An agreement's recorded status; whether it is in force on a day also depends on its dates. */
public enum AgreementStatus {
    /** Being drafted or signed. */
    DRAFT,
    /** Signed off and in use. */
    ACTIVE,
    /** Ended by the parties before its end date. */
    TERMINATED
}
