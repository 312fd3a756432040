package org.igkit.store.sqlite;

import java.io.PrintStream;
import java.nio.file.Path;

import org.igkit.store.sqlite.importing.ImportOptions;
import org.igkit.store.sqlite.importing.ImportReport;

/**
 * The child JVM of {@link CrashRecoveryTest}: imports retained records into a database file and prints a line
 * after each committed batch ({@code committed <batch> <first id> <last id>}), so that the parent knows what the
 * store has promised when it kills this process.
 *
 * <p>Arguments: the database file, the number of records, the batch size, the import id.
 */
public final class CrashingImportChild {
    private CrashingImportChild() {
    }

    public static void main(String[] args) {
        Path file = Path.of(args[0]);
        long rows = Long.parseLong(args[1]);
        int batchSize = Integer.parseInt(args[2]);
        String importId = args[3];
        PrintStream out = System.out;
        try (SqliteStore store = SqliteStore.open(file)) {
            out.println("started");
            out.flush();
            ImportOptions options = ImportOptions.of(importId).withBatchSize(batchSize).withProgress(batch -> {
                if (!batch.skipped()) {
                    out.println("committed " + batch.batchNumber() + " " + batch.firstKey() + " " + batch.lastKey());
                    out.flush();
                }
            });
            ImportReport report = store.importRecords(RecordRows.records(rows), options);
            out.println("done " + report.rowsAdded());
            out.flush();
        }
    }
}
