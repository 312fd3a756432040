package org.igkit.store.sqlite;

import java.sql.PreparedStatement;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.LongStream;
import java.util.stream.Stream;

import org.igkit.store.sqlite.internal.BatchImport;
import org.igkit.store.sqlite.internal.BatchWriter;
import org.igkit.store.sqlite.internal.Database;
import org.igkit.store.sqlite.internal.TemporalText;

/**
 * A plain table and rows for exercising the bulk-import machinery on its own: keys {@code K0000000},
 * {@code K0000001}, ... (zero-padded, so text order is input order), each with a due date.
 */
final class ImportRows {
    static final String TABLE = "import_test_row";

    private ImportRows() {
    }

    /** One input row. */
    record Row(String key, LocalDate dueOn) {
    }

    static void createTable(Database database) {
        database.write("creating the test table", h -> h.execute("CREATE TABLE IF NOT EXISTS " + TABLE
                + " (key TEXT PRIMARY KEY, due_on TEXT NOT NULL) STRICT"));
    }

    static String keyOf(long index) {
        return String.format("K%07d", index);
    }

    /** Rows {@code 0} to {@code count - 1}. */
    static Stream<Row> rows(long count) {
        LocalDate base = LocalDate.of(2030, 1, 1);
        return LongStream.range(0, count).mapToObj(i -> new Row(keyOf(i), base.plusDays(i % 3650)));
    }

    /** Adds rows whose key is not stored yet. */
    static BatchWriter<Row> writer() {
        return (h, batch) -> {
            try (PreparedStatement insert = h.getConnection().prepareStatement(
                    "INSERT INTO " + TABLE + " (key, due_on) VALUES (?, ?) ON CONFLICT DO NOTHING")) {
                for (Row row : batch) {
                    insert.setString(1, row.key());
                    insert.setString(2, TemporalText.of(row.dueOn()));
                    insert.addBatch();
                }
                int added = 0;
                for (int n : insert.executeBatch()) {
                    added += n;
                }
                return added;
            }
        };
    }

    static BatchImport<Row> importer(SqliteStore store, BatchWriter<Row> writer) {
        return BatchImport.of(store.database(), store.options().clock(), Row::key, writer);
    }

    static BatchImport<Row> importer(SqliteStore store) {
        return importer(store, writer());
    }

    static List<String> storedKeys(SqliteStore store) {
        return store.database().read("reading keys",
                h -> h.createQuery("SELECT key FROM " + TABLE + " ORDER BY key").mapTo(String.class).list());
    }
}
