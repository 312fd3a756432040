package org.igkit.requests.calendar;

import java.util.Objects;

/**
 * One change an embedder made to the shipped holidays, without waiting for a release.
 *
 * @param kind    whether the holiday was added or removed
 * @param holiday the holiday added or removed
 */
public record CalendarChange(Kind kind, BankHoliday holiday) {

    /** Added or removed. */
    public enum Kind {
        /** A holiday the dataset lacks, e.g. a newly proclaimed day. */
        ADDED,
        /** A listed day that is not a bank holiday (e.g. a listed day never proclaimed, spec U10). */
        REMOVED
    }

    public CalendarChange {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(holiday, "holiday");
    }

    /** The text hashed into the calendar version. */
    String canonical() {
        return kind + " " + holiday.division() + " " + holiday.date() + " " + holiday.name() + " "
                + holiday.announcedOn() + "\n";
    }
}
