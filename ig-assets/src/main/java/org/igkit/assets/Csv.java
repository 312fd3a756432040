package org.igkit.assets;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.igkit.core.error.ValidationException;

/**
 * Comma-separated values as RFC 4180 defines them: records end with CRLF; a field holding a comma, a double
 * quote, a CR or a LF is enclosed in double quotes, and a double quote inside it is doubled. The writer and the
 * parser are exact inverses: {@code parse(write(rows))} gives back {@code rows}.
 */
public final class Csv {
    private static final String CRLF = "\r\n";

    private Csv() {
    }

    /**
     * The rows as RFC 4180 text, each record ended by CRLF. A {@code null} cell is written as an empty field. A row
     * of one empty cell is written as {@code ""} so that it is not read back as a blank line.
     */
    public static String write(List<List<String>> rows) {
        StringBuilder out = new StringBuilder();
        for (int r = 0; r < rows.size(); r++) {
            List<String> row = Objects.requireNonNull(rows.get(r), "rows[" + r + "]");
            if (row.isEmpty()) {
                throw new ValidationException("rows[" + r + "]", "must have at least one cell", "[]");
            }
            if (row.size() == 1 && (row.get(0) == null || row.get(0).isEmpty())) {
                out.append("\"\"").append(CRLF);
                continue;
            }
            for (int c = 0; c < row.size(); c++) {
                if (c > 0) {
                    out.append(',');
                }
                writeField(out, row.get(c) == null ? "" : row.get(c));
            }
            out.append(CRLF);
        }
        return out.toString();
    }

    /**
     * Reads RFC 4180 text into rows of cells. Records may end with CRLF or (leniently) LF; the last record need not
     * end with a line break. Line breaks inside quoted fields are kept as written.
     *
     * @throws ValidationException naming the line ({@code line 3}) when a quote is misplaced or never closed
     */
    public static List<List<String>> parse(String text) {
        Objects.requireNonNull(text, "text");
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        int line = 1;
        int i = 0;
        int n = text.length();
        if (n == 0) {
            return rows;
        }
        while (true) {
            // at the start of a field
            if (i < n && text.charAt(i) == '"') {
                int openedOnLine = line;
                i++;
                while (true) {
                    if (i >= n) {
                        throw new ValidationException("line " + openedOnLine, "a quoted field is never closed", null);
                    }
                    char ch = text.charAt(i);
                    if (ch == '"') {
                        if (i + 1 < n && text.charAt(i + 1) == '"') {
                            field.append('"');
                            i += 2;
                            continue;
                        }
                        i++;
                        break;
                    }
                    if (ch == '\n') {
                        line++;
                    }
                    field.append(ch);
                    i++;
                }
                if (i < n && !isFieldEnd(text, i)) {
                    throw new ValidationException("line " + line, "a closing quote must be followed by a comma or "
                            + "a line break", String.valueOf(text.charAt(i)));
                }
            } else {
                while (i < n && !isFieldEnd(text, i)) {
                    char ch = text.charAt(i);
                    if (ch == '"') {
                        throw new ValidationException("line " + line, "a double quote may appear only in a quoted "
                                + "field, doubled", field.toString() + ch);
                    }
                    field.append(ch);
                    i++;
                }
            }
            row.add(field.toString());
            field.setLength(0);
            if (i >= n) {
                rows.add(row);
                return rows;
            }
            if (text.charAt(i) == ',') {
                i++;
                continue;
            }
            // a line break ends the record
            i += text.charAt(i) == '\r' ? 2 : 1;
            line++;
            rows.add(row);
            row = new ArrayList<>();
            if (i >= n) {
                return rows;
            }
        }
    }

    private static boolean isFieldEnd(String text, int i) {
        char ch = text.charAt(i);
        return ch == ',' || ch == '\n' || (ch == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n');
    }

    private static void writeField(StringBuilder out, String value) {
        boolean quote = value.indexOf(',') >= 0 || value.indexOf('"') >= 0 || value.indexOf('\r') >= 0
                || value.indexOf('\n') >= 0;
        if (!quote) {
            out.append(value);
            return;
        }
        out.append('"').append(value.replace("\"", "\"\"")).append('"');
    }
}
