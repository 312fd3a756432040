package org.igkit.store.sqlite.internal;

import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Stream;

import org.igkit.core.error.ConflictException;
import org.igkit.core.error.IgException;
import org.igkit.core.error.ValidationException;
import org.igkit.store.sqlite.importing.ImportOptions;
import org.igkit.store.sqlite.importing.ImportProgress.CommittedBatch;
import org.igkit.store.sqlite.importing.ImportReport;
import org.jdbi.v3.core.Handle;

/**
 * Bulk import: reads a stream in batches and writes each batch, with its row in the {@code import_batch} journal,
 * in one transaction. A crash therefore leaves every committed batch whole and no trace of the batch in flight;
 * a rerun under the same import id skips the journalled batches (after checking that they hold the same keys)
 * and writes the rest; and since the writer adds only rows not yet stored, importing the same rows again under
 * any id adds nothing.
 *
 * @param <T> the row type
 */
public final class BatchImport<T> {
    private final Database database;
    private final Clock clock;
    private final Function<? super T, String> keyOf;
    private final BatchWriter<T> writer;

    private BatchImport(Database database, Clock clock, Function<? super T, String> keyOf, BatchWriter<T> writer) {
        this.database = Objects.requireNonNull(database, "database");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.keyOf = Objects.requireNonNull(keyOf, "keyOf");
        this.writer = Objects.requireNonNull(writer, "writer");
    }

    /** An import into {@code database} whose rows are identified by {@code keyOf} and written by {@code writer}. */
    public static <T> BatchImport<T> of(Database database, Clock clock, Function<? super T, String> keyOf,
                                        BatchWriter<T> writer) {
        return new BatchImport<>(database, clock, keyOf, writer);
    }

    /** Imports {@code rows} (which the caller closes) as {@code options} say. */
    public ImportReport run(Stream<? extends T> rows, ImportOptions options) {
        return run(rows, options, batch -> { });
    }

    /**
     * As {@link #run(Stream, ImportOptions)}, telling {@code inTransaction} about each batch inside the transaction
     * that writes it (for a batch an earlier run committed, inside a transaction of its own), so that what it writes
     * through this database (the batch's audit entry) commits with the batch or not at all. It may be told twice
     * about a batch whose transaction was retried; only the last telling committed.
     */
    public ImportReport run(Stream<? extends T> rows, ImportOptions options, Consumer<CommittedBatch> inTransaction) {
        Objects.requireNonNull(rows, "rows");
        Objects.requireNonNull(inTransaction, "inTransaction");
        Map<Long, JournalledBatch> done = journalOf(options);
        long rowsRead = 0;
        long rowsAdded = 0;
        long committed = 0;
        long skipped = 0;
        long batchNumber = 0;
        List<T> batch = new ArrayList<>(Math.min(options.batchSize(), 65_536));
        Iterator<? extends T> input = rows.iterator();
        while (input.hasNext()) {
            batch.clear();
            while (batch.size() < options.batchSize() && input.hasNext()) {
                batch.add(Objects.requireNonNull(input.next(), "an import row is null"));
            }
            batchNumber++;
            rowsRead += batch.size();
            JournalledBatch earlier = done.get(batchNumber);
            CommittedBatch outcome;
            if (earlier == null) {
                outcome = write(options, batchNumber, batch, inTransaction);
            } else {
                CommittedBatch earlierBatch = skip(options, batchNumber, batch, earlier);
                database.write("recording batch " + batchNumber + " of " + options.importId(), h -> {
                    inTransaction.accept(earlierBatch);
                    return null;
                });
                outcome = earlierBatch;
            }
            if (outcome.skipped()) {
                skipped++;
            } else {
                committed++;
                rowsAdded += outcome.rowsAdded();
            }
            options.progress().committed(outcome);
        }
        return new ImportReport(options.importId(), rowsRead, rowsAdded, committed, skipped);
    }

    private CommittedBatch write(ImportOptions options, long batchNumber, List<T> batch,
                                 Consumer<CommittedBatch> inTransaction) {
        String firstKey = keyOf.apply(batch.get(0));
        String lastKey = keyOf.apply(batch.get(batch.size() - 1));
        int added;
        try {
            added = writeJournalled(options, batchNumber, batch, firstKey, lastKey, inTransaction);
        } catch (IgException e) {
            if (SqliteFailures.isUniqueViolation(e)) {
                // the rows use ON CONFLICT DO NOTHING, so only the journal's key can clash: another run of this
                // import committed the same batch after this run read the journal
                throw new ConflictException(ConflictException.Reason.INVALID_STATE, "batch " + batchNumber
                        + " of import '" + options.importId() + "' was committed by another run of the same import "
                        + "at the same time; run it again to resume after the batches already committed");
            }
            throw e;
        }
        return new CommittedBatch(options.importId(), batchNumber, batch.size(), added, firstKey, lastKey, false);
    }

    private int writeJournalled(ImportOptions options, long batchNumber, List<T> batch, String firstKey,
                                String lastKey, Consumer<CommittedBatch> inTransaction) {
        return database.write("importing batch " + batchNumber + " of " + options.importId(), h -> {
            int n = writeOrThrow(h, batch);
            h.createUpdate("INSERT INTO import_batch (import_id, batch_number, batch_size, rows_read, rows_added, "
                            + "first_key, last_key, committed_at) VALUES (:id, :n, :size, :read, :added, :first, :last, :at)")
                    .bind("id", options.importId())
                    .bind("n", batchNumber)
                    .bind("size", options.batchSize())
                    .bind("read", batch.size())
                    .bind("added", n)
                    .bind("first", firstKey)
                    .bind("last", lastKey)
                    .bind("at", clock.instant())
                    .execute();
            inTransaction.accept(new CommittedBatch(options.importId(), batchNumber, batch.size(), n, firstKey,
                    lastKey, false));
            return n;
        });
    }

    private int writeOrThrow(Handle handle, List<T> batch) {
        try {
            return writer.write(handle, batch);
        } catch (SQLException e) {
            // unchecked so that it rolls the transaction back; Database translates it (or retries when busy)
            throw new IllegalStateException(e);
        }
    }

    private CommittedBatch skip(ImportOptions options, long batchNumber, List<T> batch, JournalledBatch earlier) {
        String firstKey = keyOf.apply(batch.get(0));
        String lastKey = keyOf.apply(batch.get(batch.size() - 1));
        if (earlier.rowsRead != batch.size() || !earlier.firstKey.equals(firstKey) || !earlier.lastKey.equals(lastKey)) {
            throw new ValidationException("importId", "names an earlier import whose batch " + batchNumber + " held keys "
                    + earlier.firstKey + " to " + earlier.lastKey + ", but this input's batch holds " + firstKey + " to "
                    + lastKey + "; a different input needs a different import id", options.importId());
        }
        return new CommittedBatch(options.importId(), batchNumber, batch.size(), 0, firstKey, lastKey, true);
    }

    private Map<Long, JournalledBatch> journalOf(ImportOptions options) {
        List<JournalledBatch> journal = database.read("reading the import journal", h -> h.createQuery(
                        "SELECT batch_number, batch_size, rows_read, first_key, last_key FROM import_batch "
                                + "WHERE import_id = :id ORDER BY batch_number")
                .bind("id", options.importId())
                .map((rs, ctx) -> new JournalledBatch(rs.getLong(1), rs.getInt(2), rs.getInt(3), rs.getString(4),
                        rs.getString(5)))
                .list());
        Map<Long, JournalledBatch> byNumber = new HashMap<>();
        for (JournalledBatch b : journal) {
            if (b.batchSize != options.batchSize()) {
                throw new ValidationException("batchSize", "must be " + b.batchSize + " to resume import '"
                        + options.importId() + "', which was started with that batch size", options.batchSize());
            }
            byNumber.put(b.batchNumber, b);
        }
        return byNumber;
    }

    private record JournalledBatch(long batchNumber, int batchSize, int rowsRead, String firstKey, String lastKey) {
    }
}
