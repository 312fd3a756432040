package org.igkit.breach.facts;

/** Measures taken after the breach that may remove the risk (ICO self-assessment: "the risk has been mitigated"). */
public enum MitigationKind {
    /** A trusted recipient, bound by confidentiality, confirmed deletion (EDPB 01/2021 Case 09). */
    RECIPIENT_DELETED,
    /** The data was retrieved before anyone could use it. */
    DATA_RETRIEVED,
    /** The device was wiped remotely while its data was encrypted (EDPB 01/2021 Case 10). */
    DEVICE_WIPED,
    /** Compromised credentials were reset before any misuse. */
    CREDENTIALS_RESET,
    /** Any other measure, described in the mitigation's description. */
    OTHER
}
