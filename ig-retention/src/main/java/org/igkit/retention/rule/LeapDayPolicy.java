package org.igkit.retention.rule;

/**
 * Which day is the anniversary of 29 February in a common year. Used for offsets in whole years and for ages,
 * so that "dateOfBirth + 18y" and "aged 18" always agree.
 */
public enum LeapDayPolicy {
    /** 28 February: what java.time, Alfresco, RODA and Nuxeo do. The default. */
    FEB_28,
    /** 1 March: a common reading of "attains an age" (Family Law Reform Act 1969 s.9); not settled for E&amp;W. */
    MARCH_1
}
