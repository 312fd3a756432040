package org.igkit.rest.console.calculator;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import org.igkit.core.error.ValidationException;
import org.igkit.requests.calendar.DateRange;
import org.igkit.rest.console.FieldError;

/**
 * A school's terms typed one a line as {@code 2024-09-04 to 2024-12-20}, for the regimes counted in school days
 * (FOIA for schools, pupil information in England). Term dates are the school's own, so the page asks for them.
 */
final class SchoolTerms {
    private SchoolTerms() {
    }

    /** The terms in {@code text}; a bad line adds an error on the field and is left out. */
    static List<DateRange> parse(String text, List<FieldError> errors) {
        List<DateRange> terms = new ArrayList<>();
        String[] lines = text.split("\\R");
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].trim();
            if (line.isEmpty()) {
                continue;
            }
            String[] ends = line.split("\\s+to\\s+");
            try {
                if (ends.length != 2) {
                    throw new DateTimeParseException("not a range", line, 0);
                }
                terms.add(DateRange.ofClosed(LocalDate.parse(ends[0].trim()), LocalDate.parse(ends[1].trim())));
            } catch (DateTimeParseException | ValidationException e) {
                errors.add(new FieldError("terms", "School terms line " + (i + 1)
                        + " must be a first and a last day, like 2024-09-04 to 2024-12-20"));
                return List.of();
            }
        }
        return terms;
    }
}
