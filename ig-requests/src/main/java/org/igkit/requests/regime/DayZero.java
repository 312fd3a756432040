package org.igkit.requests.regime;

/** How the day of receipt counts. */
public enum DayZero {
    /** Receipt is day 0; the first counted day follows it (FOIA "the twentieth working day following"). */
    RECEIPT_IS_DAY_ZERO,
    /** Receipt is day 1 ("a period of 21 days beginning with the date of the application", AHRA 1990). */
    RECEIPT_IS_DAY_ONE,
    /** A month runs from the day of receipt to the corresponding date (ICO method since 15 August 2019). */
    CORRESPONDING_DATE,
    /** A month runs from the day after receipt to its corresponding date (ICO method before 15 August 2019). */
    DAY_AFTER_RECEIPT
}
