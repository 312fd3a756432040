package org.igkit.breach.log;

/** Who was told about a breach. */
public enum Recipient {
    /** The Commissioner (ICO / Information Commission) under UK GDPR Art 33, DPA 2018 s.67, PECR or UK eIDAS. */
    COMMISSIONER,
    /** The data subjects, individually (Art 34(1)). */
    DATA_SUBJECTS,
    /** The public, in place of individual communication (Art 34(3)(c)). */
    PUBLIC_COMMUNICATION,
    /** The NHS DSPT incident reporting tool. */
    NHS_DSPT,
    /** The NIS competent authority. */
    NIS_AUTHORITY,
    /** DHSC / NHS England (DSPT escalation). */
    DHSC_NHS_ENGLAND,
    /** Anyone else (police, Action Fraud, insurer, DfE ...), named in the notification's reference. */
    OTHER
}
