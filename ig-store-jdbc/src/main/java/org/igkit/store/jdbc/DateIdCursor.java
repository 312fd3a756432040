package org.igkit.store.jdbc;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import org.igkit.core.error.ValidationException;

/**
 * The cursor of a list ordered by a date and then an id: {@code 2024-10-30~REQ-17}, the last item's date and id.
 * A date never contains {@code ~}, so the first one separates the two.
 *
 * @param date the last item's date
 * @param id   the last item's id
 */
public record DateIdCursor(LocalDate date, String id) {
    private static final char SEPARATOR = '~';

    /** The cursor after an item with this date and id. */
    public static String of(LocalDate date, String id) {
        return date.toString() + SEPARATOR + id;
    }

    /** Reads a cursor this store handed out, or refuses it as a {@link ValidationException} on {@code after}. */
    public static DateIdCursor parse(String cursor) {
        int separator = cursor.indexOf(SEPARATOR);
        if (separator > 0 && separator < cursor.length() - 1) {
            try {
                return new DateIdCursor(LocalDate.parse(cursor.substring(0, separator)), cursor.substring(separator + 1));
            } catch (DateTimeParseException e) {
                // refused below, as any other text that is not a cursor
            }
        }
        throw new ValidationException("after", "must be a cursor returned by a previous page", cursor);
    }
}
