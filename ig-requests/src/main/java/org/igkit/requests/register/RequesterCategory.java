package org.igkit.requests.register;

/** Who made a request, for reporting (FOI and SAR logs commonly break figures down this way). */
public enum RequesterCategory {
    /** A private individual asking for information. */
    MEMBER_OF_PUBLIC,
    /** The data subject asking for their own personal data. */
    DATA_SUBJECT,
    /** Someone acting for a data subject or a requester (solicitor, parent, advocate). */
    REPRESENTATIVE,
    /** Press and media. */
    JOURNALIST,
    /** A company or trade body. */
    BUSINESS,
    /** An MP, MSP, MS, MLA or councillor. */
    ELECTED_REPRESENTATIVE,
    /** A campaign group, charity or pressure group. */
    CAMPAIGN_GROUP,
    /** An academic or student. */
    RESEARCHER,
    /** Another public authority. */
    PUBLIC_AUTHORITY,
    /** None of the above. */
    OTHER
}
