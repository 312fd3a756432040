package org.igkit.retention.port;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.LongConsumer;
import java.util.stream.Stream;

import org.igkit.core.error.ConflictException;
import org.igkit.retention.record.ImportResult;
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
     * @param batchCommitted told the number (from 1) of every batch committed, or skipped as committed earlier
     */
    ImportResult importRecords(Stream<RetainedRecord> rows, String importId, int batchSize, LongConsumer batchCommitted);

    /**
     * An importer that saves record by record through {@code records}, skipping ids already stored: for ports held
     * in memory, which keep no import journal (a rerun re-reads every batch, adds nothing and skips none).
     */
    static RecordImporter savingEach(RecordRepository records) {
        Objects.requireNonNull(records, "records");
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
                for (RetainedRecord record : batch) {
                    added += saveIfNew(records, record) ? 1 : 0;
                }
                batches++;
                batchCommitted.accept(batches);
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
