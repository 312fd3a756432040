package org.igkit.requests.regime;

/** Whose bank holidays a regime skips or rolls over. */
public enum HolidaySource {
    /** A bank holiday in any part of the UK (FOIA s.10(6), EIR, RPSI). */
    ANY_UK_DIVISION,
    /** Scottish bank holidays (FOISA s.73, EISR). */
    SCOTLAND,
    /** The controller's own division (subject access roll-forward, spec U2). */
    CONTROLLER_DIVISION,
    /** None: calendar days with no roll-forward (AHRA 1990, spec U8). */
    NONE
}
