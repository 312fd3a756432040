package org.igkit.assurance.csvimport;

import java.io.Reader;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

import org.igkit.core.csv.CsvFormatException;
import org.igkit.core.csv.CsvReader;
import org.igkit.core.csv.CsvRecord;
import org.igkit.core.error.ValidationException;
import org.igkit.core.error.Violation;

/**
 * The columns of one CSV file, found by header name: reads each record's fields by name, turning faults into
 * violations at {@code line N, column NAME}. Reads the records one at a time and gathers the values built from the
 * clean ones. Not thread-safe; one per file.
 */
public final class CsvColumns {
    /** The most violations gathered before reading stops. */
    public static final int MAX_VIOLATIONS = 100;

    private final Map<String, Integer> index = new HashMap<>();
    private final List<Violation> violations = new ArrayList<>();
    private CsvRecord current;

    private CsvColumns() {
    }

    /** A row reader over the current record. */
    public final class Row {
        private Row() {
        }

        /** The line the record starts on. */
        public int line() {
            return current.line();
        }

        /** The text of {@code column}, or empty when the column is absent from the file or the cell is blank. */
        public Optional<String> find(String column) {
            Integer at = index.get(column);
            if (at == null || at >= current.size()) {
                return Optional.empty();
            }
            String value = current.get(at).strip();
            return value.isEmpty() ? Optional.empty() : Optional.of(value);
        }

        /** The text of a required {@code column}, or {@code null} with a violation recorded. */
        public String text(String column) {
            Optional<String> value = find(column);
            if (value.isEmpty()) {
                violation(column, "is required", null);
            }
            return value.orElse(null);
        }

        /** An optional ISO date, or {@code null}; a bad date is a violation. */
        public LocalDate date(String column) {
            return find(column).map(text -> {
                try {
                    return LocalDate.parse(text);
                } catch (DateTimeParseException e) {
                    violation(column, "must be an ISO date such as 2025-09-01", text);
                    return null;
                }
            }).orElse(null);
        }

        /** A required ISO date, or {@code null} with a violation recorded. */
        public LocalDate requiredDate(String column) {
            if (find(column).isEmpty()) {
                violation(column, "is required (an ISO date such as 2025-09-01)", null);
                return null;
            }
            return date(column);
        }

        /** A required enum constant, or {@code null} with a violation recorded. */
        public <E extends Enum<E>> E constant(String column, Class<E> type) {
            String text = text(column);
            if (text == null) {
                return null;
            }
            try {
                return Enum.valueOf(type, text);
            } catch (IllegalArgumentException e) {
                violation(column, "must be one of " + java.util.Arrays.toString(type.getEnumConstants()), text);
                return null;
            }
        }

        /** Records a violation at this line and {@code column}. */
        public void violation(String column, String message, String rejected) {
            violations.add(Violation.of("line " + current.line() + ", column " + column, message, rejected));
        }
    }

    /**
     * Reads every record of {@code csv} after the header, which must name {@code required} (other columns may be
     * present, in any order, and are read when a row asks for them). {@code build} turns a row into a value, or
     * returns {@code null} after recording violations; a {@link ValidationException} it throws is recorded at the row's
     * line. Returns the values of a clean file, with the line each came from.
     *
     * @throws ValidationException every violation found (at most {@value #MAX_VIOLATIONS}), paths {@code line N, column
     *                             NAME}; a malformed file stops at its first fault, as {@link CsvFormatException}
     */
    public static <T> Parsed<T> read(Reader csv, List<String> required, Function<CsvColumns.Row, T> build) {
        Objects.requireNonNull(csv, "csv");
        CsvColumns columns = new CsvColumns();
        Row row = columns.new Row();
        List<T> values = new ArrayList<>();
        List<Integer> lines = new ArrayList<>();
        CsvReader reader = CsvReader.of(csv);
        Optional<CsvRecord> header = reader.next();
        if (header.isEmpty()) {
            throw new ValidationException("line 1", "the file is empty: a header is required", null);
        }
        List<String> names = header.get().fields();
        for (int i = 0; i < names.size(); i++) {
            String name = names.get(i).strip();
            if (columns.index.putIfAbsent(name, i) != null) {
                columns.violations.add(Violation.of("line 1, column " + (i + 1), "repeats the column " + name, name));
            }
        }
        for (String name : required) {
            if (!columns.index.containsKey(name)) {
                columns.violations.add(Violation.of("line 1", "must name the column " + name, String.join(",", names)));
            }
        }
        if (!columns.violations.isEmpty()) {
            throw new ValidationException(columns.violations);
        }
        Optional<CsvRecord> next = reader.next();
        while (next.isPresent() && columns.violations.size() < MAX_VIOLATIONS) {
            columns.current = next.get();
            boolean blankLine = columns.current.size() == 1 && columns.current.get(0).isBlank();
            if (!blankLine) {
                int before = columns.violations.size();
                T value;
                try {
                    value = build.apply(row);
                } catch (ValidationException e) {
                    e.violations().forEach(v -> columns.violations.add(new Violation("line " + columns.current.line()
                            + ", column " + v.path(), v.message(), v.rejectedValue())));
                    value = null;
                }
                if (value != null && columns.violations.size() == before) {
                    values.add(value);
                    lines.add(columns.current.line());
                }
            }
            next = reader.next();
        }
        if (!columns.violations.isEmpty()) {
            throw new ValidationException(columns.violations);
        }
        return new Parsed<>(values, lines);
    }
}
