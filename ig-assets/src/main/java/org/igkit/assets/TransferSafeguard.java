package org.igkit.assets;

/** What makes a transfer of personal data outside the UK lawful, UK GDPR Chapter V. */
public enum TransferSafeguard {
    /** UK adequacy regulations for the destination, DPA 2018 s.17A and UK GDPR Art 45. */
    ADEQUACY_REGULATIONS("adequacy regulations (UK GDPR Art 45, DPA 2018 s.17A)"),
    /** The ICO's International Data Transfer Agreement, UK GDPR Art 46(2)(d). */
    INTERNATIONAL_DATA_TRANSFER_AGREEMENT("International Data Transfer Agreement (UK GDPR Art 46(2)(d))"),
    /** The ICO's Addendum to the EU standard contractual clauses, UK GDPR Art 46(2)(d). */
    ADDENDUM_TO_EU_SCCS("UK Addendum to the EU standard contractual clauses (UK GDPR Art 46(2)(d))"),
    /** Binding corporate rules, UK GDPR Art 46(2)(b) and Art 47. */
    BINDING_CORPORATE_RULES("binding corporate rules (UK GDPR Art 47)"),
    /** Another appropriate safeguard of UK GDPR Art 46 (e.g. a legally binding instrument between public bodies). */
    OTHER_APPROPRIATE_SAFEGUARD("other appropriate safeguard (UK GDPR Art 46)"),
    /** An exception for a specific situation, UK GDPR Art 49; document it (Art 30(1)(e), Art 49(6)). */
    EXCEPTION("exception for a specific situation (UK GDPR Art 49)");

    private final String description;

    TransferSafeguard(String description) {
        this.description = description;
    }

    /** The safeguard in words, with its provision. */
    public String description() {
        return description;
    }

    @Override
    public String toString() {
        return description;
    }
}
