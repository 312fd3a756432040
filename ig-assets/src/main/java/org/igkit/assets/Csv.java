package org.igkit.assets;

import java.util.List;
import java.util.Objects;

import org.igkit.core.csv.CsvFormatException;
import org.igkit.core.csv.CsvReader;
import org.igkit.core.csv.FormulaGuard;
import org.igkit.core.csv.CsvRecord;
import org.igkit.core.error.ValidationException;

/**
 * Comma-separated values as RFC 4180 defines them: records end with CRLF; a field holding a comma, a double
 * quote, a CR or a LF is enclosed in double quotes, and a double quote inside it is doubled. The writer and the
 * parser are exact inverses: {@code parse(write(rows))} gives back {@code rows}. A cell a spreadsheet would run as a
 * formula is written quoted with a leading {@code '} ({@link FormulaGuard}), and read back without it.
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
     * Reads RFC 4180 text into rows of cells, with ig-core's {@link CsvReader} (the one reader every import uses).
     * Records may end with CRLF or (leniently) LF; the last record need not end with a line break. Line breaks
     * inside quoted fields are kept as written; a byte-order mark at the start is skipped.
     *
     * @throws CsvFormatException naming the line and column ({@code line 3, column 7}) when a quote is misplaced
     *                            or never closed
     */
    public static List<List<String>> parse(String text) {
        return CsvReader.readAll(text).stream()
                .map(record -> record.fields().stream().map(FormulaGuard::unprotect).toList()).toList();
    }

    private static void writeField(StringBuilder out, String cell) {
        String value = FormulaGuard.protect(cell);
        boolean quote = FormulaGuard.needsGuard(cell) || value.indexOf(',') >= 0 || value.indexOf('"') >= 0
                || value.indexOf('\r') >= 0 || value.indexOf('\n') >= 0;
        if (!quote) {
            out.append(value);
            return;
        }
        out.append('"').append(value.replace("\"", "\"\"")).append('"');
    }
}
