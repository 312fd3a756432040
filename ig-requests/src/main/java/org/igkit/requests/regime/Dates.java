package org.igkit.requests.regime;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import org.igkit.core.error.ValidationException;

/** Parsing of ISO dates given as text, with a violation that names the field. */
final class Dates {
    private Dates() {
    }

    static LocalDate parse(String path, String isoDate) {
        if (isoDate == null) {
            throw new ValidationException(path, "is required (an ISO date, e.g. 2024-10-02)", null);
        }
        try {
            return LocalDate.parse(isoDate);
        } catch (DateTimeParseException e) {
            throw new ValidationException(path, "must be an ISO date, e.g. 2024-10-02", isoDate);
        }
    }
}
