package org.igkit.core.audit.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;

import org.junit.jupiter.api.Test;

import org.igkit.core.audit.AuditEntry;
import org.igkit.core.audit.AuditEvent;
import org.igkit.core.error.ValidationException;
import org.igkit.core.memory.InMemoryAuditLog;
import org.igkit.core.paging.Page;
import org.igkit.core.paging.PageRequest;
import org.igkit.core.port.AuditLog;

class AuditQueriesTest {
    private static final Instant T0 = Instant.parse("2026-01-05T09:00:00Z");

    @Test
    void readsTheLogPageByPageAndOneSubjectsHistory() {
        AuditLog log = InMemoryAuditLog.create();
        for (int i = 1; i <= 5; i++) {
            log.append(AuditEvent.of("dpo", "record.filed", T0, "record", "R-" + (i % 2)));
        }
        AuditQueries queries = AuditQueries.over(log);

        Page<AuditEntry> first = queries.read(PageRequest.first(3));
        assertThat(first.items()).extracting(AuditEntry::sequence).containsExactly(1L, 2L, 3L);
        assertThat(queries.forSubject("record", "R-1")).extracting(AuditEntry::sequence).containsExactly(1L, 3L, 5L);
        assertThat(queries.verify().isIntact()).isTrue();
        assertThat(queries.verify().entriesChecked()).isEqualTo(5);
    }

    @Test
    void aSubjectNeedsBothItsTypeAndItsId() {
        AuditQueries queries = AuditQueries.over(InMemoryAuditLog.create());
        assertThatThrownBy(() -> queries.forSubject("record", " "))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .extracting(v -> v.path()).containsExactly("subjectId"));
        assertThatThrownBy(() -> queries.forSubject(null, "R-1"))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .extracting(v -> v.path()).containsExactly("subjectType"));
    }
}
