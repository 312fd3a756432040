package org.igkit.requests.port;

import java.time.LocalDate;

/**
 * A school's session days: "any day on which, at the school, there is a session" (SI 2004/3364 reg 3(3)).
 * Term dates, INSET days and closures are the school's own data, so they come from outside. Implementations
 * must be immutable and thread-safe.
 */
public interface SchoolCalendar {

    /** The calendar's id, e.g. "st-marys-2024-25". */
    String id();

    /** True when the school holds a session on {@code date}. */
    boolean isSessionDay(LocalDate date);

    /**
     * The first day this calendar knows about; days before it are not session days. Used to bound the one-off
     * index an engine builds over the calendar.
     */
    LocalDate firstDay();

    /** The last day this calendar knows about; days after it are not session days. */
    LocalDate lastDay();
}
