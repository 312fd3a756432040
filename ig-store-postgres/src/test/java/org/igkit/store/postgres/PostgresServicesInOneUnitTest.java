package org.igkit.store.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;

import org.igkit.breach.assessment.BreachAssessor;
import org.igkit.breach.facts.BreachFacts;
import org.igkit.breach.facts.BreachType;
import org.igkit.breach.facts.CategoryScore;
import org.igkit.breach.facts.DataCategory;
import org.igkit.breach.facts.DsptGrade;
import org.igkit.breach.facts.EnisaInput;
import org.igkit.breach.facts.Exfiltration;
import org.igkit.breach.facts.Quarters;
import org.igkit.breach.facts.Regime;
import org.igkit.breach.log.BreachRecord;
import org.igkit.breach.register.BreachRegister;
import org.igkit.core.audit.AuditEntry;
import org.igkit.core.audit.AuditEvent;
import org.igkit.core.error.IgException;
import org.igkit.core.port.AuditLog;
import org.igkit.retention.calculation.RetentionCalculator;
import org.igkit.retention.port.RetentionPorts;
import org.igkit.retention.record.RetainedRecord;
import org.igkit.retention.register.RecordImports;
import org.igkit.retention.register.RetentionRegister;
import org.igkit.retention.rule.RecordFacts;
import org.igkit.retention.schedule.EntryRef;
import org.igkit.retention.schedule.SampleSchedules;
import org.igkit.testkit.core.ForwardingAuditLog;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Issue 20, defect 6, on PostgreSQL: a service change, or an import batch, whose audit entry fails is not stored
 * either, because the service runs both in one unit of the store.
 */
class PostgresServicesInOneUnitTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-05-09T09:00:00Z"), ZoneOffset.UTC);
    private static final LocalDate TODAY = LocalDate.of(2026, 5, 9);
    private static final EntryRef INVOICES = EntryRef.of(SampleSchedules.SCHOOL_ID, "S21");

    private PostgresStore store;
    private FailingAppends audit;

    @BeforeEach
    void open() {
        store = TestDatabase.fresh().open();
        audit = new FailingAppends(store.auditLog());
    }

    @AfterEach
    void close() {
        store.close();
    }

    /** Fails every append of the given actions before anything is written. */
    private static final class FailingAppends extends ForwardingAuditLog {
        private volatile Set<String> failing = Set.of();

        FailingAppends(AuditLog log) {
            super(log);
        }

        void failOn(String... actions) {
            failing = Set.of(actions);
        }

        @Override
        public AuditEntry append(AuditEvent event) {
            if (failing.contains(event.action())) {
                throw new IgException("the audit log failed on " + event.action());
            }
            return super.append(event);
        }
    }

    @Test
    @DisplayName("breach log: a breach logged or changed while the audit log fails is not in the store")
    void breachChangesWithoutTheirEntryAreNotStored() {
        BreachRegister register = BreachRegister.of(store.breaches(), BreachAssessor.withDefaults(CLOCK), audit,
                store.unitOfWork(), CLOCK);
        BreachFacts facts = BreachFacts.builder(OffsetDateTime.parse("2026-05-08T16:00:00Z"))
                .regimes(Regime.UK_GDPR)
                .breachTypes(BreachType.CONFIDENTIALITY)
                .enisa(new EnisaInput(null, List.of(CategoryScore.basic(DataCategory.SIMPLE)), Quarters.ofWhole(1),
                        Quarters.ZERO, Quarters.ZERO, Quarters.ZERO, false))
                .individuals(3)
                .exfiltration(Exfiltration.EXCLUDED_BY_EVIDENCE)
                .dspt(DsptGrade.of(1, 2))
                .build();
        BreachRecord logged = register.log("b-1", "BR-1", "letter to the wrong address", facts, "dpo");

        audit.failOn(BreachRegister.LOGGED, BreachRegister.ACTION);
        assertThatThrownBy(() -> register.log("b-2", "BR-2", "email to the wrong list", facts, "dpo"))
                .hasMessageContaining("audit log failed");
        assertThatThrownBy(() -> register.recordAction("b-1", logged.version(), "recalled the letter", "dpo"))
                .hasMessageContaining("audit log failed");

        assertThat(store.breaches().find("b-2")).isEmpty();
        assertThat(store.breaches().get("b-1")).isEqualTo(logged);
        assertThat(store.auditLog().size()).isEqualTo(1);
        assertThat(store.auditLog().verify().isIntact()).isTrue();
    }

    @Test
    @DisplayName("record import: a batch whose records.import-batch entry fails is rolled back, and the rerun adds it")
    void anImportBatchIsKeptOnlyWithItsEntry() {
        RetentionPorts ports = RetentionPorts.of(store.records(), store.schedules(), store.legalHolds(),
                store.disposalBatches(), audit, store.unitOfWork());
        RetentionRegister.over(ports, RetentionCalculator.ukDefaults(), CLOCK)
                .uploadSchedule(SampleSchedules.school(), "records.manager");
        RecordImports imports = RecordImports.over(ports, store.recordImporter(), RetentionCalculator.ukDefaults(),
                CLOCK);
        List<RetainedRecord> rows = IntStream.rangeClosed(1, 6)
                .mapToObj(i -> imports.newRecord(String.format("IMP-%02d", i), INVOICES,
                        RecordFacts.none().withDate("processed", LocalDate.of(2012, 6, i)), TODAY))
                .toList();

        audit.failOn(RecordImports.BATCH);
        assertThatThrownBy(() -> imports.importRecords(rows.stream(), "import-1", 3, "csv", "clerk"))
                .hasMessageContaining("audit log failed");
        assertThat(store.records().find("IMP-01")).isEmpty();

        audit.failOn();
        assertThat(imports.importRecords(rows.stream(), "import-1", 3, "csv", "clerk").rowsAdded()).isEqualTo(6);
        assertThat(store.auditLog().forSubject(RecordImports.AUDIT_SUBJECT, "import-1").stream()
                .filter(e -> e.event().action().equals(RecordImports.BATCH))
                .map(e -> e.event().details().get("batch"))).containsExactly("1", "2");
        assertThat(store.auditLog().verify().isIntact()).isTrue();
    }
}
