package org.igkit.rest.console;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

import jakarta.ws.rs.core.MultivaluedMap;

/**
 * The three boxes of a GOV.UK date input (day, month, year) as typed, so that a page shows back exactly what was
 * entered, with the date they make when they make one.
 *
 * @param day   the day as typed
 * @param month the month as typed
 * @param year  the year as typed
 */
public record DateFields(String day, String month, String year) {
    private static final int MAX_TYPED = 10;

    public DateFields {
        day = clean(day);
        month = clean(month);
        year = clean(year);
    }

    /** Empty boxes. */
    public static DateFields empty() {
        return new DateFields("", "", "");
    }

    /** The boxes named {@code id-day}, {@code id-month}, {@code id-year} among {@code parameters}. */
    public static DateFields from(MultivaluedMap<String, String> parameters, String id) {
        return new DateFields(parameters.getFirst(id + "-day"), parameters.getFirst(id + "-month"),
                parameters.getFirst(id + "-year"));
    }

    /** The boxes showing {@code date}. */
    public static DateFields of(LocalDate date) {
        return new DateFields(String.valueOf(date.getDayOfMonth()), String.valueOf(date.getMonthValue()),
                String.valueOf(date.getYear()));
    }

    /** True when all three boxes are empty. */
    public boolean isBlank() {
        return day.isEmpty() && month.isEmpty() && year.isEmpty();
    }

    /**
     * The date, or what is wrong with the boxes in GOV.UK's words ("Date of receipt must include a month"), with
     * {@code name} starting the sentence.
     */
    public Parsed parse(String name) {
        if (isBlank()) {
            return Parsed.problem("Enter the " + name.toLowerCase(java.util.Locale.ROOT));
        }
        if (day.isEmpty() || month.isEmpty() || year.isEmpty()) {
            String missing = day.isEmpty() ? "a day" : month.isEmpty() ? "a month" : "a year";
            return Parsed.problem(name + " must include " + missing);
        }
        try {
            int y = Integer.parseInt(year);
            if (year.length() != 4) {
                return Parsed.problem("Year must include 4 numbers");
            }
            return Parsed.date(LocalDate.of(y, Integer.parseInt(month), Integer.parseInt(day)));
        } catch (NumberFormatException | DateTimeException e) {
            return Parsed.problem(name + " must be a real date");
        }
    }

    private static String clean(String typed) {
        String text = typed == null ? "" : typed.trim();
        // a box holds a few digits; anything longer is shown back cut short, never used
        return text.length() > MAX_TYPED ? text.substring(0, MAX_TYPED) : text;
    }

    /**
     * The boxes read: a date, or the message saying what is wrong.
     *
     * @param date    the date, when the boxes make one
     * @param problem the message, when they do not
     */
    public record Parsed(Optional<LocalDate> date, Optional<String> problem) {
        public Parsed {
            Objects.requireNonNull(date, "date");
            Objects.requireNonNull(problem, "problem");
        }

        static Parsed date(LocalDate date) {
            return new Parsed(Optional.of(date), Optional.empty());
        }

        static Parsed problem(String message) {
            return new Parsed(Optional.empty(), Optional.of(message));
        }
    }
}
