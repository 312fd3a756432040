package org.igkit.assurance.csvimport;

import java.io.Reader;
import java.time.LocalDate;
import java.util.List;

import org.igkit.assurance.training.Completion;

/** Training completions from a learning system's export: {@code staffId,courseId,completedOn} (ISO dates). */
public final class CompletionCsv {
    /** The required columns. */
    public static final List<String> REQUIRED = List.of("staffId", "courseId", "completedOn");

    private CompletionCsv() {
    }

    /**
     * Every completion in {@code csv}, in file order.
     *
     * @throws org.igkit.core.error.ValidationException every fault, each at {@code line N, column NAME}
     */
    public static List<Completion> parse(Reader csv) {
        return parseWithLines(csv).values();
    }

    /** As {@link #parse}, with the line each value came from. */
    public static Parsed<Completion> parseWithLines(Reader csv) {
        return CsvColumns.read(csv, REQUIRED, row -> {
            String staff = row.text("staffId");
            String course = row.text("courseId");
            LocalDate on = row.requiredDate("completedOn");
            return staff == null || course == null || on == null ? null : new Completion(staff, course, on);
        });
    }
}
