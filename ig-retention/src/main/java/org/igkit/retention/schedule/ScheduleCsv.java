package org.igkit.retention.schedule;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import org.igkit.core.error.ValidationException;
import org.igkit.core.explain.Citation;
import org.igkit.core.csv.CsvFormatException;
import org.igkit.core.csv.CsvReader;
import org.igkit.core.csv.CsvRecord;
import org.igkit.core.csv.FormulaGuard;
import org.igkit.retention.rule.RetentionRule;
import org.igkit.retention.rule.RuleSyntaxException;
import org.igkit.retention.rule.RuleText;

/**
 * Reads a schedule's entries from CSV: one entry version a line, the rule in shorthand ({@link RuleText}). Every
 * error in the file is reported at once, each with its line and column ({@code lines[7].rule}: "line 7, column 4
 * (rule): ..."), and nothing is returned unless the whole file is good.
 *
 * <p>Format: UTF-8, one RFC 4180 record a line, read by ig-core's {@link CsvReader}: comma-separated, fields may be
 * double-quoted ({@code ""} for a quote inside), no line breaks inside fields (so that a broken line is reported
 * with its line and column and the rest of the file is still checked). Lines starting with {@code #} are comments
 * (provenance notes) and blank lines are skipped; line numbers count them. The first other line is the header,
 * exactly:
 * <pre>{@value #HEADER}</pre>
 * {@code citations} holds citations separated by {@code |}, each {@code instrument; provision; url; note} (the
 * last three optional and may be empty). {@code effectiveTo} may be empty; {@code authority} is APPROVED or
 * PENDING; {@code verified} is true or false (false for wording not checked against the source's current edition).
 */
public final class ScheduleCsv {
    /** The header line. */
    public static final String HEADER =
            "id,classRef,title,rule,action,sourceWording,citations,effectiveFrom,effectiveTo,authority,verified";
    private static final String[] COLUMNS = HEADER.split(",");

    private ScheduleCsv() {
    }

    /** Reads a whole schedule (not yet stored: version 0). */
    public static Schedule read(String scheduleId, String title, String source, Reader csv) {
        List<ScheduleEntry> entries = readEntries(csv);
        try {
            return Schedule.of(scheduleId, title, source, entries);
        } catch (ValidationException e) {
            throw e.under("schedule");
        }
    }

    /** Reads the entries, every error at once. */
    public static List<ScheduleEntry> readEntries(Reader csv) {
        ValidationException.Collector problems = ValidationException.collector();
        List<ScheduleEntry> entries = new ArrayList<>();
        boolean headerSeen = false;
        try (BufferedReader in = new BufferedReader(csv)) {
            String line;
            int number = 0;
            while ((line = in.readLine()) != null) {
                number++;
                if (number == 1 && line.startsWith("\uFEFF")) {
                    line = line.substring(1);
                }
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                List<String> fields = split(line, number, problems);
                if (fields == null) {
                    continue;
                }
                if (!headerSeen) {
                    headerSeen = true;
                    if (!String.join(",", fields).equals(HEADER)) {
                        problems.add("lines[" + number + "]", "line " + number + ": the header must be " + HEADER, line);
                    }
                    continue;
                }
                ScheduleEntry entry = entry(fields, number, problems);
                if (entry != null) {
                    entries.add(entry);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not read the schedule", e);
        }
        if (!headerSeen) {
            problems.add("lines", "the file has no header line: " + HEADER, null);
        }
        problems.throwIfAny();
        return entries;
    }

    private static ScheduleEntry entry(List<String> f, int line, ValidationException.Collector problems) {
        if (f.size() != COLUMNS.length) {
            problems.add("lines[" + line + "]", "line " + line + ": expected " + COLUMNS.length + " fields but found "
                    + f.size(), String.join(",", f));
            return null;
        }
        int before = problems.violations().size();
        RetentionRule rule = null;
        try {
            rule = RuleText.parse(f.get(3), "rule");
        } catch (RuleSyntaxException e) {
            problems.add(path(line, 3), where(line, 3) + "character " + e.column() + " of the rule: expected "
                    + e.expected() + " but found " + e.found(), f.get(3));
        } catch (ValidationException e) {
            problems.add(path(line, 3), where(line, 3) + e.violations().get(0).message(), f.get(3));
        }
        DisposalAction action = enumField(DisposalAction.class, f, 4, line, problems);
        List<Citation> citations = citations(f.get(6), line, problems);
        LocalDate from = date(f, 7, line, problems, true);
        LocalDate to = date(f, 8, line, problems, false);
        AuthorityStatus authority = enumField(AuthorityStatus.class, f, 9, line, problems);
        Boolean verified = null;
        if (f.get(10).equals("true") || f.get(10).equals("false")) {
            verified = Boolean.valueOf(f.get(10));
        } else {
            problems.add(path(line, 10), where(line, 10) + "must be true or false", f.get(10));
        }
        if (problems.violations().size() > before) {
            return null;
        }
        try {
            return new ScheduleEntry(f.get(0), f.get(1), f.get(2), rule, action, f.get(5), citations, from, to,
                    authority, verified);
        } catch (ValidationException e) {
            e.violations().forEach(v -> {
                int column = columnOf(v.path());
                problems.add(path(line, column), where(line, column) + v.message(), v.rejectedValue());
            });
            return null;
        }
    }

    private static int columnOf(String field) {
        for (int i = 0; i < COLUMNS.length; i++) {
            if (COLUMNS[i].equals(field) || field.startsWith(COLUMNS[i] + ".")) {
                return i;
            }
        }
        return 0;
    }

    private static <E extends Enum<E>> E enumField(Class<E> type, List<String> f, int column, int line,
                                                   ValidationException.Collector problems) {
        try {
            return Enum.valueOf(type, f.get(column));
        } catch (IllegalArgumentException e) {
            List<String> allowed = new ArrayList<>();
            for (E constant : type.getEnumConstants()) {
                allowed.add(constant.name());
            }
            problems.add(path(line, column), where(line, column) + "must be one of " + String.join(", ", allowed),
                    f.get(column));
            return null;
        }
    }

    private static LocalDate date(List<String> f, int column, int line, ValidationException.Collector problems,
                                  boolean required) {
        String text = f.get(column);
        if (text.isEmpty()) {
            if (required) {
                problems.add(path(line, column), where(line, column) + "is required (YYYY-MM-DD)", null);
            }
            return null;
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            problems.add(path(line, column), where(line, column) + "must be a date YYYY-MM-DD", text);
            return null;
        }
    }

    private static List<Citation> citations(String text, int line, ValidationException.Collector problems) {
        List<Citation> citations = new ArrayList<>();
        if (text.isBlank()) {
            return citations;
        }
        for (String one : text.split("\\|")) {
            String[] parts = one.split(";", -1);
            String instrument = parts[0].trim();
            String provision = parts.length > 1 ? parts[1].trim() : "";
            String url = parts.length > 2 && !parts[2].isBlank() ? parts[2].trim() : null;
            String note = parts.length > 3 && !parts[3].isBlank() ? parts[3].trim() : null;
            if (parts.length > 4) {
                problems.add(path(line, 6), where(line, 6) + "a citation is instrument; provision; url; note", one);
                continue;
            }
            try {
                citations.add(new Citation(instrument, provision, url, note));
            } catch (ValidationException e) {
                problems.add(path(line, 6), where(line, 6) + "citation '" + one.trim() + "': "
                        + e.violations().get(0), one);
            }
        }
        return citations;
    }

    private static String path(int line, int column) {
        return "lines[" + line + "]." + COLUMNS[column];
    }

    private static String where(int line, int column) {
        return "line " + line + ", column " + (column + 1) + " (" + COLUMNS[column] + "): ";
    }

    /**
     * Splits one line into fields with ig-core's RFC 4180 reader, each field's formula guard taken off; {@code null}
     * (with a problem naming the line and column recorded) when its quoting is broken. The format keeps one record
     * a line, so a broken line is reported and the lines after it are still read: every error of the file at once.
     */
    private static List<String> split(String line, int number, ValidationException.Collector problems) {
        CsvRecord record;
        try {
            record = CsvReader.of(new StringReader(line)).next().orElseThrow();
        } catch (CsvFormatException e) {
            // the reader counts from the line it was given: its line 1 is this file's line `number`
            problems.add("lines[" + number + "]", "line " + number + ", column " + e.column() + ": "
                    + e.violations().get(0).message(), line);
            return null;
        }
        return record.fields().stream().map(FormulaGuard::unprotect).toList();
    }

    /** Writes entries as CSV in this format (a header, then one line per entry version). */
    public static String write(List<ScheduleEntry> entries) {
        StringBuilder out = new StringBuilder(HEADER).append('\n');
        for (ScheduleEntry e : entries) {
            List<String> cites = new ArrayList<>();
            for (Citation c : e.citations()) {
                cites.add(c.instrument() + "; " + c.provision() + "; " + (c.url() == null ? "" : c.url()) + "; "
                        + (c.note() == null ? "" : c.note()));
            }
            String[] fields = {e.id(), e.classRef(), e.title(), e.rule().toText(), e.action().name(), e.sourceWording(),
                    String.join(" | ", cites), e.effectiveFrom().toString(),
                    e.effectiveTo() == null ? "" : e.effectiveTo().toString(), e.authority().name(),
                    Boolean.toString(e.verified())};
            for (int i = 0; i < fields.length; i++) {
                if (i > 0) {
                    out.append(',');
                }
                out.append(quote(fields[i]));
            }
            out.append('\n');
        }
        return out.toString();
    }

    private static String quote(String cell) {
        // a cell a spreadsheet would run as a formula is written as text (OWASP CSV injection)
        String field = FormulaGuard.protect(cell);
        if (FormulaGuard.needsGuard(cell) || field.contains(",") || field.contains("\"") || field.startsWith(" ")) {
            return "\"" + field.replace("\"", "\"\"") + "\"";
        }
        return field;
    }
}
