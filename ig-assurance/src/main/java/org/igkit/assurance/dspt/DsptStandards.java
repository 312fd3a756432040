package org.igkit.assurance.dspt;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.igkit.core.csv.CsvReader;
import org.igkit.core.csv.CsvRecord;
import org.igkit.core.error.ValidationException;

/**
 * Loads standards from CSV ({@code framework,id,title,source,url}, with that header), the shape of the shipped
 * {@code ndg-10-standards.csv}. Errors name the line and column.
 */
public final class DsptStandards {
    private static final List<String> HEADER = List.of("framework", "id", "title", "source", "url");
    private static final String NDG10 = "ndg-10-standards.csv";

    private DsptStandards() {
    }

    /** The 10 National Data Guardian standards shipped with igkit. */
    public static List<DsptStandard> ndg10() {
        try (InputStream in = DsptStandards.class.getResourceAsStream(NDG10)) {
            if (in == null) {
                throw new IllegalStateException("the shipped resource " + NDG10 + " is missing");
            }
            return load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Standards from CSV text (a CAF-aligned outcome list, a newer NDG list). */
    public static List<DsptStandard> load(Reader csv) {
        Objects.requireNonNull(csv, "csv");
        List<DsptStandard> standards = new ArrayList<>();
        boolean header = true;
        for (CsvRecord record : (Iterable<CsvRecord>) CsvReader.of(csv).records()::iterator) {
            if (header) {
                if (!record.fields().equals(HEADER)) {
                    throw new ValidationException("line " + record.line(), "the header must be "
                            + String.join(",", HEADER), String.join(",", record.fields()));
                }
                header = false;
                continue;
            }
            if (record.size() != HEADER.size()) {
                throw new ValidationException("line " + record.line(), "must have " + HEADER.size() + " fields",
                        record.size());
            }
            DsptFramework framework;
            try {
                framework = DsptFramework.valueOf(record.get(0));
            } catch (IllegalArgumentException e) {
                throw new ValidationException("line " + record.line() + ", column framework", "must be NDG10 or CAF",
                        record.get(0));
            }
            try {
                standards.add(new DsptStandard(framework, record.get(1), record.get(2), record.get(3),
                        record.get(4).isBlank() ? null : record.get(4)));
            } catch (ValidationException e) {
                throw e.under("line " + record.line());
            }
        }
        return List.copyOf(standards);
    }
}
