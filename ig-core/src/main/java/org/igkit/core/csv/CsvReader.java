package org.igkit.core.csv;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Reads RFC 4180 records from a {@link Reader}, one at a time (memory is one record, whatever the file's size).
 * Records end with CRLF or, leniently, LF; the last need not end with a line break. A field holding a comma, a
 * quote or a line break is quoted, a quote inside it doubled; line breaks inside quotes are kept as written. A
 * byte-order mark at the start is skipped (spreadsheets write one). Any other departure from RFC 4180 is a
 * {@link CsvFormatException} naming the line and column, rather than a silently different reading. Not
 * thread-safe; closing the reader is the caller's.
 */
public final class CsvReader {
    private static final int EOF = -1;
    private static final int NONE = -2;
    private static final char BOM = '\uFEFF';

    private final Reader in;
    private int lookahead = NONE;
    private boolean started;
    // the position of the next character to read, and of the last one read
    private int line = 1;
    private int column = 1;
    private int charLine;
    private int charColumn;

    private CsvReader(Reader in) {
        this.in = in instanceof BufferedReader ? in : new BufferedReader(in);
    }

    /** A reader of the CSV text {@code in} supplies. */
    public static CsvReader of(Reader in) {
        return new CsvReader(Objects.requireNonNull(in, "in"));
    }

    /** Every record of {@code text}, read eagerly. */
    public static List<CsvRecord> readAll(String text) {
        return of(new StringReader(Objects.requireNonNull(text, "text"))).records().toList();
    }

    /** The records still to read, lazily, in order. */
    public Stream<CsvRecord> records() {
        return StreamSupport.stream(new Spliterators.AbstractSpliterator<CsvRecord>(Long.MAX_VALUE,
                Spliterator.ORDERED | Spliterator.NONNULL) {
            @Override
            public boolean tryAdvance(Consumer<? super CsvRecord> action) {
                Optional<CsvRecord> record = next();
                record.ifPresent(action);
                return record.isPresent();
            }
        }, false);
    }

    /**
     * The next record, or empty at the end of the text.
     *
     * @throws CsvFormatException   at a misplaced or unclosed quote
     * @throws UncheckedIOException when the underlying reader fails
     */
    public Optional<CsvRecord> next() {
        try {
            if (!started) {
                started = true;
                if (peek() == BOM) {
                    read();
                    column = 1;
                }
            }
            int c = read();
            if (c == EOF) {
                return Optional.empty();
            }
            int startLine = charLine;
            List<String> fields = new ArrayList<>();
            StringBuilder field = new StringBuilder();
            while (true) {
                int end;
                if (c == '"') {
                    end = quoted(field);
                } else {
                    end = unquoted(c, field);
                }
                fields.add(field.toString());
                field.setLength(0);
                if (end != ',') {
                    return Optional.of(new CsvRecord(startLine, fields));
                }
                c = read();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads a quoted field (its opening quote read) and what ends it: a comma, a line break ('\n') or EOF. */
    private int quoted(StringBuilder field) throws IOException {
        int openLine = charLine;
        int openColumn = charColumn;
        while (true) {
            int c = read();
            if (c == EOF) {
                throw new CsvFormatException(openLine, openColumn, "a quoted field is never closed",
                        excerpt(field));
            }
            if (c == '"') {
                if (peek() == '"') {
                    read();
                    field.append('"');
                    continue;
                }
                int after = read();
                if (after == ',' || after == EOF || after == '\n' || (after == '\r' && peek() == '\n' && read() == '\n')) {
                    return after == ',' || after == EOF ? after : '\n';
                }
                throw new CsvFormatException(charLine, charColumn,
                        "a closing quote must be followed by a comma or a line break", String.valueOf((char) after));
            }
            field.append((char) c);
        }
    }

    /** Reads an unquoted field from its first character {@code c} and returns what ends it. */
    private int unquoted(int c, StringBuilder field) throws IOException {
        while (true) {
            if (c == ',' || c == EOF || c == '\n') {
                return c;
            }
            if (c == '\r' && peek() == '\n') {
                read();
                return '\n';
            }
            if (c == '"') {
                throw new CsvFormatException(charLine, charColumn,
                        "a double quote may appear only in a quoted field, doubled", excerpt(field) + '"');
            }
            field.append((char) c);
            c = read();
        }
    }

    private static String excerpt(StringBuilder field) {
        // a runaway quoted field can hold the rest of the file: the message keeps its start only
        return field.length() <= 40 ? field.toString() : field.substring(0, 40) + "...";
    }

    private int peek() throws IOException {
        if (lookahead == NONE) {
            lookahead = in.read();
        }
        return lookahead;
    }

    private int read() throws IOException {
        int c = peek();
        lookahead = NONE;
        charLine = line;
        charColumn = column;
        if (c == '\n') {
            line++;
            column = 1;
        } else if (c != EOF) {
            column++;
        }
        return c;
    }
}
