package org.igkit.store.sqlite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.igkit.core.error.ValidationException;
import org.igkit.core.error.Violation;
import org.igkit.store.sqlite.importing.ImportOptions;
import org.igkit.store.sqlite.importing.ImportProgress;
import org.igkit.store.sqlite.importing.ImportProgress.CommittedBatch;
import org.igkit.store.sqlite.importing.ImportReport;
import org.igkit.store.sqlite.internal.BatchWriter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bulk import: batched, idempotent, resumable, and never leaving half a batch. */
class BatchImportTest {
    @TempDir
    Path directory;
    private SqliteStore store;
    private TestDatabase database;

    @BeforeEach
    void openStore() {
        database = TestDatabase.in(directory);
        store = database.open();
        ImportRows.createTable(store.database());
    }

    @AfterEach
    void closeStore() {
        store.close();
    }

    @Test
    void rowsArriveInBatchesEachReportedAfterItCommits() {
        List<CommittedBatch> reported = new ArrayList<>();
        ImportOptions options = ImportOptions.of("file-a").withBatchSize(1_000).withProgress(batch -> {
            reported.add(batch);
            assertThat(database.count("SELECT count(*) FROM " + ImportRows.TABLE))
                    .as("a reported batch is already visible to another connection")
                    .isEqualTo(batch.batchNumber() * 1_000);
        });

        ImportReport report = ImportRows.importer(store).run(ImportRows.rows(25_000), options);

        assertThat(report).isEqualTo(new ImportReport("file-a", 25_000, 25_000, 25, 0));
        assertThat(reported).extracting(CommittedBatch::batchNumber).containsExactlyElementsOf(
                java.util.stream.LongStream.rangeClosed(1, 25).boxed().toList());
        assertThat(reported.get(24)).isEqualTo(
                new CommittedBatch("file-a", 25, 1_000, 1_000, "K0024000", "K0024999", false));
        assertThat(database.count("SELECT count(*) FROM import_batch WHERE import_id = 'file-a'")).isEqualTo(25);
    }

    @Test
    void importingTheSameRowsAgainUnderAnotherIdAddsNothing() {
        ImportRows.importer(store).run(ImportRows.rows(5_000), ImportOptions.of("file-a").withBatchSize(700));

        ImportReport again = ImportRows.importer(store).run(ImportRows.rows(5_000), ImportOptions.of("file-a-copy"));

        assertThat(again.rowsRead()).isEqualTo(5_000);
        assertThat(again.rowsAdded()).isZero();
        assertThat(ImportRows.storedKeys(store)).hasSize(5_000);
    }

    @Test
    void rerunningAnImportUnderItsIdSkipsEveryCommittedBatch() {
        ImportRows.importer(store).run(ImportRows.rows(5_000), ImportOptions.of("file-a").withBatchSize(1_000));

        ImportReport again = ImportRows.importer(store).run(ImportRows.rows(5_000),
                ImportOptions.of("file-a").withBatchSize(1_000));

        assertThat(again).isEqualTo(new ImportReport("file-a", 5_000, 0, 0, 5));
    }

    @Test
    void aBatchThatFailsLeavesNothingAndTheRerunResumesAfterTheLastCommittedBatch() {
        BatchWriter<ImportRows.Row> failsAtRow5500 = (h, batch) -> {
            int added = ImportRows.writer().write(h, batch);
            if (batch.stream().anyMatch(r -> r.key().equals("K0005500"))) {
                throw new IllegalStateException("the disk is full");
            }
            return added;
        };
        ImportOptions options = ImportOptions.of("file-a").withBatchSize(1_000);

        assertThatThrownBy(() -> ImportRows.importer(store, failsAtRow5500).run(ImportRows.rows(10_000), options))
                .hasMessageContaining("the disk is full");
        assertThat(ImportRows.storedKeys(store)).hasSize(5_000).endsWith("K0004999");
        assertThat(database.count("SELECT count(*) FROM import_batch")).isEqualTo(5);

        ImportReport resumed = ImportRows.importer(store).run(ImportRows.rows(10_000), options);

        assertThat(resumed).isEqualTo(new ImportReport("file-a", 10_000, 5_000, 5, 5));
        assertThat(ImportRows.storedKeys(store)).hasSize(10_000).doesNotHaveDuplicates();
    }

    @Test
    void resumingWithAnotherBatchSizeIsRefused() {
        ImportRows.importer(store).run(ImportRows.rows(3_000), ImportOptions.of("file-a").withBatchSize(1_000));

        assertThatThrownBy(() -> ImportRows.importer(store).run(ImportRows.rows(3_000),
                ImportOptions.of("file-a").withBatchSize(500)))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("batchSize: must be 1000 to resume import 'file-a'");
    }

    @Test
    void anotherInputUnderAnEarlierImportsIdIsRefused() {
        ImportRows.importer(store).run(ImportRows.rows(3_000), ImportOptions.of("file-a").withBatchSize(1_000));

        assertThatThrownBy(() -> ImportRows.importer(store).run(ImportRows.rows(3_000).skip(10),
                ImportOptions.of("file-a").withBatchSize(1_000)))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("importId")
                .hasMessageContaining("a different input needs a different import id");
    }

    @Test
    void optionsNameEveryWrongField() {
        assertThatThrownBy(() -> new ImportOptions(" ", 0, ImportProgress.IGNORE))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .extracting(Violation::path).containsExactly("importId", "batchSize"));
    }
}
