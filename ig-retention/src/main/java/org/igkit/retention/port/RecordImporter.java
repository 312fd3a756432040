package org.igkit.retention.port;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.igkit.core.error.ConflictException;
import org.igkit.core.port.UnitOfWork;
import org.igkit.retention.record.ImportResult;
import org.igkit.retention.record.ImportedBatch;
import org.igkit.retention.record.RetainedRecord;

/**
 * Whatever the store offers for bulk-adding new records, as the record import needs it
 * (the register's {@code RecordImports} service): batches of
 * {@code batchSize} rows, each written whole or not at all, records already stored left as they are. The SQLite
 * store journals committed batches under the import id, so a rerun resumes; {@link #savingEach} serves ports that
 * have no bulk path.
 */
@FunctionalInterface
public interface RecordImporter {

    /**
     * Adds the records of {@code rows} not stored yet. The stream is read lazily: an exception it throws while a
     * batch is being gathered leaves that batch unwritten and propagates; the batches before it stay committed.
     *
     * @param rows           new records (version 0) with their due date and status computed
     * @param importId       names the input; a rerun under the same id adds nothing new
     * @param batchSize      rows per batch
     * @param batchCommitted told what every batch held, or that it was skipped as committed by an earlier run,
     *                       inside the store's unit of work that writes the batch (where the store has one): what
     *                       it writes through the same store (the batch's audit entry) commits with the batch,
     *                       and an exception it throws rolls the batch back. A batch whose unit is retried is told
     *                       again.
     */
    ImportResult importRecords(Stream<RetainedRecord> rows, String importId, int batchSize,
                               Consumer<ImportedBatch> batchCommitted);

    /**
     * An importer that saves record by record through {@code records}, skipping ids already stored: for ports held
     * in memory, which keep no import journal (a rerun re-reads every batch, adds nothing and skips none).
     */
    static RecordImporter savingEach(RecordRepository records) {
        return savingEach(records, UnitOfWork.serialised());
    }

    /**
     * As {@link #savingEach(RecordRepository)}, each batch's saves and its {@code batchCommitted} call in one unit
     * of {@code unitOfWork}: for a store with no bulk path of its own, whose unit of work makes the batch and its
     * entry commit together.
     */
    static RecordImporter savingEach(RecordRepository records, UnitOfWork unitOfWork) {
        Objects.requireNonNull(records, "records");
        Objects.requireNonNull(unitOfWork, "unitOfWork");
        return (rows, importId, batchSize, batchCommitted) -> {
            long read = 0;
            long added = 0;
            long batches = 0;
            List<RetainedRecord> batch = new ArrayList<>(batchSize);
            var input = rows.iterator();
            while (input.hasNext()) {
                batch.clear();
                while (batch.size() < batchSize && input.hasNext()) {
                    batch.add(input.next());
                }
                read += batch.size();
                long number = batches + 1;
                long addedNow = unitOfWork.run("importing batch " + number + " of " + importId, () -> {
                    long n = 0;
                    for (RetainedRecord record : batch) {
                        n += saveIfNew(records, record) ? 1 : 0;
                    }
                    batchCommitted.accept(ImportedBatch.committed(number, batch.size(), n, batch.get(0).id(),
                            batch.get(batch.size() - 1).id()));
                    return n;
                });
                added += addedNow;
                batches = number;
            }
            return new ImportResult(importId, read, added, batches, 0);
        };
    }

    private static boolean saveIfNew(RecordRepository records, RetainedRecord record) {
        if (records.find(record.id()).isPresent()) {
            return false;
        }
        try {
            records.save(record);
            return true;
        } catch (ConflictException storedMeanwhile) {
            // another import stored the same id between the look-up and the save: it is not new
            return false;
        }
    }
}
