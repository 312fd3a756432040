package org.igkit.requests.calendar;

import org.igkit.core.Nation;

/**
 * The three bank-holiday divisions of the UK (Banking and Financial Dealings Act 1971 Sch 1): England and Wales
 * share one list, Scotland and Northern Ireland each have their own.
 */
public enum Division {
    /** England and Wales. */
    ENGLAND_AND_WALES("England and Wales"),
    /** Scotland. */
    SCOTLAND("Scotland"),
    /** Northern Ireland. */
    NORTHERN_IRELAND("Northern Ireland");

    private final String displayName;

    Division(String displayName) {
        this.displayName = displayName;
    }

    /** The division whose bank holidays apply in {@code nation}. */
    public static Division of(Nation nation) {
        switch (nation) {
            case SCOTLAND:
                return SCOTLAND;
            case NORTHERN_IRELAND:
                return NORTHERN_IRELAND;
            default:
                return ENGLAND_AND_WALES;
        }
    }

    /** "England and Wales", "Scotland", "Northern Ireland". */
    public String displayName() {
        return displayName;
    }
}
