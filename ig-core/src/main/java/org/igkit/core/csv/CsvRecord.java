package org.igkit.core.csv;

import java.util.List;

/**
 * One CSV record.
 *
 * @param line   the line the record starts on, from 1 (a quoted field with a line break makes a record span lines)
 * @param fields the fields, unquoted, never empty (a blank line is one empty field)
 */
public record CsvRecord(int line, List<String> fields) {
    public CsvRecord {
        fields = List.copyOf(fields);
        if (line < 1) {
            throw new IllegalArgumentException("line must be 1 or more: " + line);
        }
    }

    /** The field at {@code index}, from 0. */
    public String get(int index) {
        return fields.get(index);
    }

    /** How many fields. */
    public int size() {
        return fields.size();
    }
}
