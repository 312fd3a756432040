package org.igkit.core.csv;

import org.igkit.core.error.ValidationException;

/**
 * CSV text that is not RFC 4180: a quote misplaced or never closed. A {@link ValidationException} whose path is
 * {@code line N, column M}, so adapters report it as any other refused input; the numbers are also given typed.
 */
public final class CsvFormatException extends ValidationException {
    private static final long serialVersionUID = 1L;

    private final int line;
    private final int column;

    /** At {@code line} and {@code column} (both from 1), what is wrong and the text rejected. */
    public CsvFormatException(int line, int column, String message, String rejected) {
        super("line " + line + ", column " + column, message, rejected);
        this.line = line;
        this.column = column;
    }

    /** The line of the fault, from 1. */
    public int line() {
        return line;
    }

    /** The column of the fault on its line, from 1, counted in UTF-16 characters. */
    public int column() {
        return column;
    }
}
