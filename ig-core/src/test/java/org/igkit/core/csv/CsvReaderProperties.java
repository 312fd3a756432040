package org.igkit.core.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.LongStream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Write-then-read: whatever rows RFC 4180 can carry, the reader gives back exactly (seeded, reproducible). */
class CsvReaderProperties {
    // the characters that matter to the format, weighted towards them, and some that do not
    private static final String ALPHABET = ",\"\r\n \tab1é\uFEFF;|";

    static LongStream seeds() {
        return LongStream.range(0, 2000);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void readingWhatWasWrittenGivesTheSameRows(long seed) {
        Random random = new Random(seed);
        List<List<String>> rows = rows(random);
        boolean bom = random.nextBoolean();
        boolean lfOnly = random.nextBoolean();
        String text = (bom ? "\uFEFF" : "") + write(rows, lfOnly ? "\n" : "\r\n", random.nextBoolean());

        List<CsvRecord> read = CsvReader.of(new StringReader(text)).records().toList();

        assertThat(read).extracting(CsvRecord::fields).isEqualTo(rows);
        assertThat(read.get(0).line()).isEqualTo(1);
    }

    private static List<List<String>> rows(Random random) {
        List<List<String>> rows = new ArrayList<>();
        int count = 1 + random.nextInt(6);
        for (int r = 0; r < count; r++) {
            List<String> row = new ArrayList<>();
            int cells = 1 + random.nextInt(5);
            for (int c = 0; c < cells; c++) {
                StringBuilder cell = new StringBuilder();
                int length = random.nextInt(8);
                for (int i = 0; i < length; i++) {
                    cell.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
                }
                row.add(cell.toString());
            }
            rows.add(row);
        }
        return rows;
    }

    /** RFC 4180 as written by a careful writer: quotes only where needed, and always for one empty cell. */
    private static String write(List<List<String>> rows, String lineBreak, boolean finalBreak) {
        StringBuilder out = new StringBuilder();
        for (int r = 0; r < rows.size(); r++) {
            List<String> row = rows.get(r);
            for (int c = 0; c < row.size(); c++) {
                if (c > 0) {
                    out.append(',');
                }
                String v = row.get(c);
                boolean lonelyEmpty = row.size() == 1 && v.isEmpty();
                boolean leadingBom = r == 0 && c == 0 && v.startsWith("\uFEFF");
                if (lonelyEmpty || leadingBom || v.contains(",") || v.contains("\"") || v.contains("\r")
                        || v.contains("\n")) {
                    out.append('"').append(v.replace("\"", "\"\"")).append('"');
                } else {
                    out.append(v);
                }
            }
            if (r < rows.size() - 1 || finalBreak) {
                out.append(lineBreak);
            }
        }
        return out.toString();
    }
}
