package org.igkit.assurance.csvimport;

import java.util.List;

import org.igkit.core.error.ValidationException;
import org.igkit.core.error.Violation;

/**
 * The values read from a clean CSV file, each with the line it started on.
 *
 * @param values the values, in file order
 * @param lines  the line of each value
 * @param <T>    the value type
 */
public record Parsed<T>(List<T> values, List<Integer> lines) {
    public Parsed {
        values = List.copyOf(values);
        lines = List.copyOf(lines);
        if (values.size() != lines.size()) {
            throw new IllegalArgumentException("one line per value: " + values.size() + " values, " + lines.size());
        }
    }

    /**
     * {@code refused} (raised over the list of values, paths {@code [i].field}) with each path turned into the line
     * and column of the file: {@code [3].staffId} becomes {@code line 5, column staffId}.
     */
    public ValidationException atLines(ValidationException refused) {
        return new ValidationException(refused.violations().stream().map(this::atLine).toList());
    }

    private Violation atLine(Violation v) {
        String path = v.path();
        if (path.startsWith("[") && path.indexOf(']') > 0) {
            int close = path.indexOf(']');
            try {
                int index = Integer.parseInt(path.substring(1, close));
                String rest = path.substring(close + 1);
                String column = rest.startsWith(".") ? rest.substring(1) : rest;
                if (index >= 0 && index < lines.size()) {
                    return new Violation("line " + lines.get(index) + (column.isEmpty() ? "" : ", column " + column),
                            v.message(), v.rejectedValue());
                }
            } catch (NumberFormatException e) {
                return v;
            }
        }
        return v;
    }
}
