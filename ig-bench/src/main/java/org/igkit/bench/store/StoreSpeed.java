package org.igkit.bench.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.igkit.core.paging.Page;
import org.igkit.core.paging.PageRequest;
import org.igkit.retention.record.RetainedRecord;
import org.igkit.store.sqlite.SqliteStore;
import org.igkit.store.sqlite.importing.ImportOptions;
import org.igkit.store.sqlite.importing.ImportReport;

/**
 * The SQLite store's speed figures (issue 7), each printed with what it measured:
 *
 * <pre>
 * java -cp ig-bench/target/benchmarks.jar org.igkit.bench.store.StoreSpeed import [records=1000000] [batch=50000]
 * java -cp ig-bench/target/benchmarks.jar org.igkit.bench.store.StoreSpeed due    [records=10000000] [batch=50000]
 * </pre>
 *
 * <ul>
 *   <li>{@code import}: imports the records into a fresh database through {@code SqliteStore.importRecords} and
 *       gives the rate in rows/s; then dumps the very same rows as SQL {@code INSERT}s, replays them with the
 *       {@code sqlite3} shell into a fresh database with the same schema, indexes and pragmas, in one transaction,
 *       and gives that rate beside it. Without {@code sqlite3} on the PATH it says so and gives the store's rate
 *       alone (install it with {@code apt-get install -y sqlite3}).</li>
 *   <li>{@code due}: imports the records (untimed), prints the {@code EXPLAIN QUERY PLAN} of "due on or before D"
 *       (it must name the index {@code retained_record_due}), then times the first page of 1,000 records due on
 *       or before D through {@code RecordRepository.listDueOnOrBefore}, after a warm-up, and gives the median
 *       and the slowest of the timed runs.</li>
 * </ul>
 * Files go to a fresh temporary directory, removed at the end.
 */
public final class StoreSpeed {
    /** "Due on or before" as the store's record repository runs it (see SqliteRecordRepository). */
    private static final String DUE_QUERY = "SELECT id FROM retained_record WHERE due_date IS NOT NULL "
            + "AND disposal_batch_id IS NULL AND due_date <= ? ORDER BY due_date, id LIMIT 1001";
    private static final LocalDate DUE_BY = LocalDate.of(2024, 6, 30);

    private StoreSpeed() {
    }

    public static void main(String[] args) throws Exception {
        String what = args.length > 0 ? args[0] : "import";
        Path directory = Files.createTempDirectory("igkit-store-speed");
        try {
            if (what.equals("import")) {
                importSpeed(directory, number(args, 1, 1_000_000), (int) number(args, 2, 50_000));
            } else if (what.equals("due")) {
                dueFirstPage(directory, number(args, 1, 10_000_000), (int) number(args, 2, 50_000));
            } else {
                System.out.println("usage: StoreSpeed import|due [records] [batch size]");
            }
        } finally {
            try (Stream<Path> files = Files.walk(directory)) {
                for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(p);
                }
            }
        }
    }

    private static void importSpeed(Path directory, long records, int batch) throws Exception {
        Path storeFile = directory.resolve("store.db");
        System.out.printf(Locale.ROOT, "import: %,d retained records with due dates, batches of %,d%n", records, batch);
        long started = System.nanoTime();
        ImportReport report;
        try (SqliteStore store = SqliteStore.open(storeFile)) {
            long opened = System.nanoTime();
            report = store.importRecords(SyntheticRecords.records(records),
                    ImportOptions.of("speed").withBatchSize(batch));
            long done = System.nanoTime();
            System.out.printf(Locale.ROOT, "  store (SqliteStore.importRecords): %,d rows in %s = %,.0f rows/s "
                    + "(opening and migrating the file took %s more)%n", report.rowsAdded(), seconds(done - opened),
                    rate(report.rowsAdded(), done - opened), seconds(opened - started));
        }

        Path sqlite3 = findOnPath("sqlite3");
        if (sqlite3 == null) {
            System.out.println("  sqlite3: NOT FOUND on the PATH, so there is no shell figure to compare "
                    + "(apt-get install -y sqlite3)");
            return;
        }
        Path script = directory.resolve("rows.sql");
        int dumped = run(List.of(sqlite3.toString(), storeFile.toString()), ".mode insert retained_record\n"
                + "SELECT * FROM retained_record;\n", script);
        if (dumped != 0) {
            System.out.println("  sqlite3: dumping the rows failed (exit " + dumped + ")");
            return;
        }
        Path shellFile = directory.resolve("shell.db");
        SqliteStore.open(shellFile).close();   // the same schema, indexes and journal mode, still empty
        String replay = "PRAGMA synchronous = NORMAL;\nPRAGMA foreign_keys = ON;\nBEGIN IMMEDIATE;\n.read "
                + script + "\nCOMMIT;\n";
        long shellStart = System.nanoTime();
        int exit = run(List.of(sqlite3.toString(), shellFile.toString()), replay, null);
        long shellDone = System.nanoTime();
        long shellRows = count(shellFile, "SELECT count(*) FROM retained_record");
        System.out.printf(Locale.ROOT, "  sqlite3 shell (%s, the same rows as INSERTs in one transaction): %,d rows "
                        + "in %s = %,.0f rows/s%s%n", version(sqlite3), shellRows, seconds(shellDone - shellStart),
                rate(shellRows, shellDone - shellStart), exit == 0 ? "" : " (exit " + exit + ")");
    }

    private static void dueFirstPage(Path directory, long records, int batch) throws Exception {
        Path file = directory.resolve("due.db");
        System.out.printf(Locale.ROOT, "due: first page of 1,000 records due on or before %s among %,d records%n",
                DUE_BY, records);
        try (SqliteStore store = SqliteStore.open(file)) {
            long started = System.nanoTime();
            store.importRecords(SyntheticRecords.records(records), ImportOptions.of("due").withBatchSize(batch));
            System.out.printf(Locale.ROOT, "  loaded in %s (not part of the figure)%n",
                    seconds(System.nanoTime() - started));
            System.out.println("  EXPLAIN QUERY PLAN " + DUE_QUERY.replace("?", "'" + DUE_BY + "'") + ":");
            try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
                 PreparedStatement plan = c.prepareStatement("EXPLAIN QUERY PLAN " + DUE_QUERY)) {
                plan.setString(1, DUE_BY.toString());
                try (ResultSet rs = plan.executeQuery()) {
                    while (rs.next()) {
                        System.out.println("    " + rs.getString("detail"));
                    }
                }
            }
            for (int i = 0; i < 20; i++) {
                firstPage(store);
            }
            long[] nanos = new long[50];
            for (int i = 0; i < nanos.length; i++) {
                long t = System.nanoTime();
                Page<RetainedRecord> page = firstPage(store);
                nanos[i] = System.nanoTime() - t;
                if (page.items().size() != 1_000) {
                    throw new IllegalStateException("the first page holds " + page.items().size() + " records");
                }
            }
            Arrays.sort(nanos);
            System.out.printf(Locale.ROOT, "  first page through RecordRepository.listDueOnOrBefore: median %.2f ms, "
                            + "slowest %.2f ms over %d runs (after 20 warm-up runs)%n", nanos[nanos.length / 2] / 1e6,
                    nanos[nanos.length - 1] / 1e6, nanos.length);
        }
    }

    private static Page<RetainedRecord> firstPage(SqliteStore store) {
        return store.records().listDueOnOrBefore(DUE_BY, PageRequest.first(1_000));
    }

    private static int run(List<String> command, String input, Path output) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT);
        builder.redirectOutput(output == null ? ProcessBuilder.Redirect.DISCARD : ProcessBuilder.Redirect.to(output.toFile()));
        Process process = builder.start();
        try (OutputStream in = process.getOutputStream()) {
            in.write(input.getBytes(StandardCharsets.UTF_8));
        }
        if (!process.waitFor(2, TimeUnit.HOURS)) {
            process.destroyForcibly();
            return -1;
        }
        return process.exitValue();
    }

    private static String version(Path sqlite3) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(sqlite3.toString(), "-version").redirectErrorStream(true).start();
        try (InputStream out = process.getInputStream()) {
            String text = new String(out.readAllBytes(), StandardCharsets.UTF_8).trim();
            process.waitFor(10, TimeUnit.SECONDS);
            return "sqlite3 " + (text.isEmpty() ? "?" : text.split(" ")[0]);
        }
    }

    private static long count(Path file, String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
             ResultSet rs = c.createStatement().executeQuery(sql)) {
            return rs.next() ? rs.getLong(1) : 0;
        }
    }

    private static Path findOnPath(String program) {
        String path = System.getenv("PATH");
        if (path == null) {
            return null;
        }
        List<Path> candidates = new ArrayList<>();
        for (String dir : path.split(java.io.File.pathSeparator)) {
            candidates.add(Path.of(dir, program));
        }
        return candidates.stream().filter(Files::isExecutable).findFirst().orElse(null);
    }

    private static long number(String[] args, int index, long fallback) {
        return args.length > index ? Long.parseLong(args[index].replace("_", "").replace(",", "")) : fallback;
    }

    private static String seconds(long nanos) {
        return String.format(Locale.ROOT, "%.2f s", Duration.ofNanos(nanos).toMillis() / 1000.0);
    }

    private static double rate(long rows, long nanos) {
        return rows / (nanos / 1e9);
    }
}
