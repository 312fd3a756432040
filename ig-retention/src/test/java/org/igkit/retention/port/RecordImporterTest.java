package org.igkit.retention.port;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.igkit.core.error.ValidationException;
import org.igkit.retention.memory.InMemoryRecordRepository;
import org.igkit.retention.record.ImportResult;
import org.igkit.retention.record.ImportedBatch;
import org.igkit.retention.record.RetainedRecord;
import org.igkit.retention.rule.RecordFacts;
import org.igkit.retention.schedule.EntryRef;

/** {@link RecordImporter#savingEach}, the import used over the in-memory ports. */
class RecordImporterTest {
    private static RetainedRecord aRecord(String id) {
        return RetainedRecord.of(id, EntryRef.of("school", "C1"), RecordFacts.none());
    }

    @Test
    @DisplayName("Saves record by record in batches, skipping ids already stored; a second run adds nothing")
    void savesNewRecordsOnly() {
        RecordRepository records = InMemoryRecordRepository.create();
        records.save(aRecord("B"));
        List<ImportedBatch> batches = new ArrayList<>();

        ImportResult first = RecordImporter.savingEach(records).importRecords(
                Stream.of("A", "B", "C").map(RecordImporterTest::aRecord), "mem", 2, batches::add);

        assertThat(first).isEqualTo(new ImportResult("mem", 3, 2, 2, 0));
        assertThat(batches).containsExactly(ImportedBatch.committed(1, 2, 1, "A", "B"),
                ImportedBatch.committed(2, 1, 1, "C", "C"));
        assertThat(records.find("B").orElseThrow().version()).as("left as it was").isEqualTo(1);
        ImportResult again = RecordImporter.savingEach(records).importRecords(
                Stream.of("A", "B", "C").map(RecordImporterTest::aRecord), "mem", 2, n -> { });
        assertThat(again.rowsAdded()).isZero();
    }

    @Test
    @DisplayName("A row that fails while its batch is gathered leaves that batch unwritten; earlier batches stay")
    void failingRowStopsItsBatch() {
        RecordRepository records = InMemoryRecordRepository.create();
        List<ImportedBatch> batches = new ArrayList<>();
        Stream<RetainedRecord> rows = Stream.of("A", "B", "C", "bad").map(id -> {
            if (id.equals("bad")) {
                throw new ValidationException("lines[4]", "is bad", id);
            }
            return aRecord(id);
        });

        assertThatThrownBy(() -> RecordImporter.savingEach(records).importRecords(rows, "mem", 2, batches::add))
                .isInstanceOf(ValidationException.class);

        assertThat(batches).extracting(ImportedBatch::batchNumber).containsExactly(1L);
        assertThat(records.find("B")).isPresent();
        assertThat(records.find("C")).isEmpty();
    }
}
