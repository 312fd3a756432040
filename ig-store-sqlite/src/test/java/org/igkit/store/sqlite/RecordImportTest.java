package org.igkit.store.sqlite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import org.igkit.core.error.ValidationException;
import org.igkit.core.paging.Page;
import org.igkit.core.paging.PageRequest;
import org.igkit.retention.record.RetainedRecord;
import org.igkit.retention.review.Review;
import org.igkit.retention.rule.Offset;
import org.igkit.store.sqlite.importing.ImportOptions;
import org.igkit.store.sqlite.importing.ImportReport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Importing retained records: what an import stores is what the repository then reads and lists. */
class RecordImportTest {
    @TempDir
    Path directory;
    private SqliteStore store;

    @BeforeEach
    void openStore() {
        store = TestDatabase.in(directory).open();
    }

    @AfterEach
    void closeStore() {
        store.close();
    }

    @Test
    void importedRecordsReadBackAsVersionOneAndAreListedByDueDateThenId() {
        ImportReport report = store.importRecords(RecordRows.records(5_000),
                ImportOptions.of("file-1").withBatchSize(1_000));

        assertThat(report.rowsAdded()).isEqualTo(5_000);
        assertThat(store.records().find(RecordRows.idOf(4_321))).contains(RecordRows.record(4_321).withVersion(1));
        List<RetainedRecord> expected = RecordRows.records(5_000)
                .filter(r -> !r.dueDate().isAfter(RecordRows.COMPUTED_ON))
                .sorted(Comparator.comparing(RetainedRecord::dueDate).thenComparing(RetainedRecord::id))
                .map(r -> r.withVersion(1))
                .toList();
        List<RetainedRecord> listed = new ArrayList<>();
        PageRequest request = PageRequest.first(PageRequest.MAX_LIMIT);
        while (true) {
            Page<RetainedRecord> page = store.records().listDueOnOrBefore(RecordRows.COMPUTED_ON, request);
            listed.addAll(page.items());
            if (page.isLast()) {
                break;
            }
            request = PageRequest.after(page.nextCursor(), PageRequest.MAX_LIMIT);
        }
        assertThat(listed).isNotEmpty().containsExactlyElementsOf(expected);
    }

    @Test
    void importingTheSameRecordsAgainAddsNothingAndLeavesSavedChangesAlone() {
        store.importRecords(RecordRows.records(2_000), ImportOptions.of("file-1"));
        RetainedRecord changed = store.records().save(store.records().find(RecordRows.idOf(7)).orElseThrow()
                .withFacts(RecordRows.record(7).facts().withFlag("litigation", true)));

        ImportReport again = store.importRecords(RecordRows.records(2_000), ImportOptions.of("file-1-again"));

        assertThat(again.rowsAdded()).isZero();
        assertThat(store.records().find(RecordRows.idOf(7))).contains(changed);
    }

    @Test
    void aRecordImportedWithReviewsKeepsThem() {
        RetainedRecord reviewed = RecordRows.record(1).plusReview(
                Review.extend(LocalDate.of(2026, 1, 5), Offset.ofYears(2), "inquiry pending").withReviewer("dpo"));

        store.importRecords(Stream.of(RecordRows.record(0), reviewed), ImportOptions.of("file-1"));

        assertThat(store.records().find(reviewed.id())).contains(reviewed.withVersion(1));
    }

    @Test
    void aRecordThatIsNotNewStopsTheImportAtItsBatchAndEarlierBatchesStay() {
        Stream<RetainedRecord> input = Stream.concat(RecordRows.records(1_500),
                Stream.of(RecordRows.record(1_500).withVersion(4)));

        assertThatThrownBy(() -> store.importRecords(input, ImportOptions.of("file-1").withBatchSize(1_000)))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations().get(0).path())
                        .isEqualTo("version"))
                .hasMessageContaining("R0001500");
        assertThat(store.records().find(RecordRows.idOf(999))).isPresent();
        assertThat(store.records().find(RecordRows.idOf(1_000))).as("the failed batch left nothing").isEmpty();
    }
}
