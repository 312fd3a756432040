package org.igkit.rest.console.calculator;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.StringJoiner;

import jakarta.ws.rs.core.MultivaluedMap;

import org.igkit.rest.console.DateFields;

/**
 * The calculator's inputs exactly as typed (they are shown back, escaped, and make the permalink).
 *
 * @param regime   the regime's id, or empty
 * @param nation   the nation's name, or empty
 * @param received the date of receipt
 * @param events   the event rows, {@link #EVENT_ROWS} of them
 * @param terms    the school's terms, one {@code 2024-09-04 to 2024-12-20} a line, or empty
 */
public record CalculatorInputs(String regime, String nation, DateFields received, List<EventRow> events, String terms) {
    /** How many event rows the form offers (a page without script cannot add rows). */
    public static final int EVENT_ROWS = 4;
    private static final int MAX_TERMS = 2000;

    public CalculatorInputs {
        Objects.requireNonNull(received, "received");
        events = List.copyOf(events);
        regime = regime == null ? "" : regime.trim();
        nation = nation == null ? "" : nation.trim();
        terms = terms == null ? "" : terms.length() > MAX_TERMS ? terms.substring(0, MAX_TERMS) : terms;
    }

    /** The inputs in {@code query}; missing ones are empty. */
    public static CalculatorInputs from(MultivaluedMap<String, String> query) {
        List<EventRow> rows = new ArrayList<>();
        for (int i = 1; i <= EVENT_ROWS; i++) {
            String id = "event-" + i;
            rows.add(new EventRow(i, nonNull(query.getFirst(id + "-type")), DateFields.from(query, id)));
        }
        return new CalculatorInputs(query.getFirst("regime"), query.getFirst("nation"),
                DateFields.from(query, "received"), rows, query.getFirst("terms"));
    }

    /** True when nothing was asked yet (the first visit): the form is shown without errors. */
    public boolean isEmpty() {
        return regime.isEmpty() && received.isBlank() && events.stream().allMatch(EventRow::isBlank) && terms.isBlank();
    }

    /**
     * The address of this calculation under {@code base} (the server's base URI, ending in {@code /}): every input in
     * the query string, nothing else. Encoded here rather than by {@code UriBuilder}, which would read a typed
     * {@code {x}} as a template variable.
     */
    public String permalink(String base) {
        StringJoiner query = new StringJoiner("&", base + "calculator?", "");
        put(query, "regime", regime);
        put(query, "nation", nation);
        put(query, "received", received);
        for (EventRow row : events) {
            if (!row.isBlank()) {
                put(query, row.id() + "-type", row.type());
                put(query, row.id(), row.date());
            }
        }
        if (!terms.isBlank()) {
            put(query, "terms", terms);
        }
        return query.toString();
    }

    private static void put(StringJoiner query, String id, DateFields date) {
        put(query, id + "-day", date.day());
        put(query, id + "-month", date.month());
        put(query, id + "-year", date.year());
    }

    private static void put(StringJoiner query, String name, String value) {
        query.add(name + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8));
    }

    private static String nonNull(String text) {
        return text == null ? "" : text.trim();
    }

    /**
     * One event row.
     *
     * @param number the row's number, from 1 (its fields are {@code event-N-type}, {@code event-N-day}, ...)
     * @param type   the event type's id, or empty
     * @param date   the event's date
     */
    public record EventRow(int number, String type, DateFields date) {
        /** True when the row was left empty. */
        public boolean isBlank() {
            return type.isEmpty() && date.isBlank();
        }

        /** The id of the row's fields, {@code event-N}. */
        public String id() {
            return "event-" + number;
        }
    }
}
