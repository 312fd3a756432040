package org.igkit.store.sqlite;

import java.nio.file.Path;
import java.time.Clock;

import org.igkit.retention.calculation.RetentionCalculator;
import org.igkit.retention.port.RecordImporter;
import org.igkit.retention.port.RetentionPorts;
import org.igkit.retention.record.ImportResult;
import org.igkit.retention.register.RecordImports;

/**
 * The child JVM of {@link KilledImportAuditTest}: runs the audited record import ({@link RecordImports} over this
 * store's journalled importer and audit log, in the store's unit of work) and, when asked, dies with
 * {@code halt(137)} after the store has written a chosen batch and before the service has appended its
 * {@code records.import-batch} entry: the window a SIGKILL at a random moment would only rarely hit.
 *
 * <p>Arguments: the database file, the number of records, the batch size, the import id, the batch to die after
 * (0: none).
 */
public final class KilledAuditedImportChild {
    /** The exit status of a process ended by SIGKILL, which this child imitates. */
    static final int KILLED = 137;

    private KilledAuditedImportChild() {
    }

    public static void main(String[] args) {
        Path file = Path.of(args[0]);
        long rows = Long.parseLong(args[1]);
        int batchSize = Integer.parseInt(args[2]);
        String importId = args[3];
        long dieAfter = Long.parseLong(args[4]);
        try (SqliteStore store = SqliteStore.open(file)) {
            RecordImporter journalled = store.recordImporter();
            RecordImporter dying = (input, id, size, batchCommitted) -> journalled.importRecords(input, id, size,
                    batch -> {
                        if (!batch.committedEarlier() && batch.batchNumber() == dieAfter) {
                            Runtime.getRuntime().halt(KILLED);
                        }
                        batchCommitted.accept(batch);
                    });
            RetentionPorts ports = RetentionPorts.of(store.records(), store.schedules(), store.legalHolds(),
                    store.disposalBatches(), store.auditLog(), store.unitOfWork());
            ImportResult result = RecordImports.over(ports, dying, RetentionCalculator.ukDefaults(),
                    Clock.systemUTC()).importRecords(RecordRows.records(rows), importId, batchSize, "csv", "child");
            System.out.println("done " + result.rowsAdded());
        }
    }
}
