package org.igkit.retention.rule;

import org.igkit.core.error.ValidationException;

/**
 * Rule shorthand that does not parse: where (1-based column), what was expected there and what was found.
 */
public class RuleSyntaxException extends ValidationException {
    private static final long serialVersionUID = 1L;

    private final int column;
    private final String expected;
    private final String found;

    /**
     * @param path     the field the text came from, e.g. {@code rule} or {@code lines[4].rule}
     * @param text     the whole text
     * @param column   1-based column of the problem
     * @param expected what would have been valid there
     * @param found    what was there ("end of text" at the end)
     */
    public RuleSyntaxException(String path, String text, int column, String expected, String found) {
        super(path, "column " + column + ": expected " + expected + " but found " + found, text);
        this.column = column;
        this.expected = expected;
        this.found = found;
    }

    /** The 1-based column where the text stopped making sense. */
    public int column() {
        return column;
    }

    /** What would have been valid at that column. */
    public String expected() {
        return expected;
    }

    /** What was there instead. */
    public String found() {
        return found;
    }
}
