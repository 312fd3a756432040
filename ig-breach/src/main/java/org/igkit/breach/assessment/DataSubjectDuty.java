package org.igkit.breach.assessment;

/** Whether the breach must be communicated to the data subjects (UK GDPR Art 34, DPA 2018 s.68). */
public enum DataSubjectDuty {
    /** No duty: the risk is not high (Art 34(1)). The controller may still tell people voluntarily. */
    NOT_REQUIRED(0),
    /** High risk, but the data was unintelligible to anyone not authorised (Art 34(3)(a)). */
    EXEMPT_34_3_A(1),
    /** High risk, but subsequent measures make it no longer likely to materialise (Art 34(3)(b)). */
    EXEMPT_34_3_B(1),
    /** High risk and individual contact would be disproportionate: a public communication instead (Art 34(3)(c)). */
    PUBLIC_COMMUNICATION_34_3_C(2),
    /** High risk: communicate to each data subject without undue delay (Art 34(1)). */
    REQUIRED(3);

    private final int strength;

    DataSubjectDuty(int strength) {
        this.strength = strength;
    }

    /** How much the duty demands: 0 nothing, 1 an exemption (the duty arose), 2 public communication, 3 direct. */
    public int strength() {
        return strength;
    }

    /** True when people must be informed, directly or publicly. */
    public boolean isCommunicationRequired() {
        return this == REQUIRED || this == PUBLIC_COMMUNICATION_34_3_C;
    }
}
