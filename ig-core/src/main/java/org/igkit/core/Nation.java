package org.igkit.core;

/**
 * The four nations of the United Kingdom. Bank holidays, and so working days, differ between the three
 * legal jurisdictions (England and Wales share one list; Scotland and Northern Ireland each have their own).
 */
public enum Nation {
    ENGLAND("England"),
    WALES("Wales"),
    SCOTLAND("Scotland"),
    NORTHERN_IRELAND("Northern Ireland");

    private final String displayName;

    Nation(String displayName) {
        this.displayName = displayName;
    }

    /** The nation's name as written in prose, e.g. "Northern Ireland". */
    public String displayName() {
        return displayName;
    }
}
