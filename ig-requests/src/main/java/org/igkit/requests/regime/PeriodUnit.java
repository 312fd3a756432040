package org.igkit.requests.regime;

/** The unit a regime's period is counted in. */
public enum PeriodUnit {
    /** Working days of the regime's working-day rule. */
    WORKING_DAYS("working days"),
    /** School days: days with a session at the school (and, for FOIA schools, FOIA working days). */
    SCHOOL_DAYS("school days"),
    /** Calendar days. */
    CALENDAR_DAYS("days"),
    /** Calendar months, to the corresponding date. */
    CALENDAR_MONTHS("months");

    private final String words;

    PeriodUnit(String words) {
        this.words = words;
    }

    /** The unit in prose, plural: "working days". */
    public String words() {
        return words;
    }
}
