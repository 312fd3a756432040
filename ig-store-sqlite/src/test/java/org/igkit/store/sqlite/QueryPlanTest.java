package org.igkit.store.sqlite;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The queries behind the ports' searches use the indexes built for them, not a scan of the table. */
class QueryPlanTest {
    @TempDir
    Path directory;

    @Test
    void assetSearchesByOwnerAreaReviewDateAndStatusUseTheirIndexes() {
        try (SqliteStore store = TestDatabase.in(directory).open()) {
            assertThat(plan(store, "SELECT * FROM information_asset WHERE asset_owner = 'x' AND id > 'a' "
                    + "ORDER BY id LIMIT 101")).anyMatch(s -> s.contains("information_asset_by_owner"));
            assertThat(plan(store, "SELECT * FROM information_asset WHERE business_area = 'x' ORDER BY id LIMIT 101"))
                    .anyMatch(s -> s.contains("information_asset_by_business_area"));
            assertThat(plan(store, "SELECT * FROM information_asset WHERE review_date <= '2026-01-01' "
                    + "ORDER BY id LIMIT 101")).anyMatch(s -> s.contains("USING INDEX")).noneMatch(s -> s.startsWith("SCAN information_asset "));
            assertThat(plan(store, "SELECT * FROM audit_entry WHERE subject_type = 'record' AND subject_id = 'R-1' "
                    + "ORDER BY sequence")).anyMatch(s -> s.contains("audit_entry_by_subject"));
        }
    }

    @Test
    void dueOnOrBeforeListsAreRangeScansOfTheirIndexInKeysetOrderWithNoSort() {
        try (SqliteStore store = TestDatabase.in(directory).open()) {
            assertThat(plan(store, "SELECT * FROM retained_record WHERE due_date IS NOT NULL "
                    + "AND disposal_batch_id IS NULL AND due_date <= '2026-01-01' "
                    + "AND (due_date, id) > ('2020-01-01', 'R-9') ORDER BY due_date, id LIMIT 1001"))
                    .anyMatch(s -> s.startsWith("SEARCH retained_record USING INDEX retained_record_due"))
                    .noneMatch(s -> s.contains("TEMP B-TREE"));
            assertThat(plan(store, "SELECT * FROM information_request WHERE closed_on IS NULL AND due_date IS NOT NULL "
                    + "AND due_date <= '2026-01-01' ORDER BY due_date, id LIMIT 101"))
                    .anyMatch(s -> s.contains("information_request_due"))
                    .noneMatch(s -> s.contains("TEMP B-TREE"));
            assertThat(plan(store, "SELECT * FROM breach_record WHERE is_open = 1 "
                    + "AND (awareness_at, id) > ('2024-01-01T00:00:00.000000000Z', 'b') ORDER BY awareness_at, id LIMIT 101"))
                    .anyMatch(s -> s.contains("breach_record_open"))
                    .noneMatch(s -> s.contains("TEMP B-TREE"));
        }
    }

    static List<String> plan(SqliteStore store, String sql) {
        return store.database().read("explaining", h -> h.createQuery("EXPLAIN QUERY PLAN " + sql)
                .map((rs, ctx) -> rs.getString("detail")).list());
    }
}
