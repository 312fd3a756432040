package org.igkit.store.sqlite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;

import org.igkit.assets.AssetId;
import org.igkit.assets.InformationAsset;
import org.igkit.assets.register.AssetRegister;
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
import org.igkit.core.Nation;
import org.igkit.core.audit.AuditEntry;
import org.igkit.core.audit.AuditEvent;
import org.igkit.core.audit.AuditKey;
import org.igkit.core.audit.AuditKeyring;
import org.igkit.core.audit.AuditSealing;
import org.igkit.core.audit.query.AuditCheckpoints;
import org.igkit.core.error.IgException;
import org.igkit.core.paging.PageRequest;
import org.igkit.core.port.AuditLog;
import org.igkit.requests.calendar.BankHolidayCalendar;
import org.igkit.requests.engine.DeadlineEngine;
import org.igkit.requests.handling.RequestRegister;
import org.igkit.requests.memory.InMemorySchoolCalendars;
import org.igkit.requests.regime.RegimeId;
import org.igkit.requests.register.InformationRequest;
import org.igkit.requests.register.Outcome;
import org.igkit.requests.register.RequesterCategory;
import org.igkit.retention.calculation.RetentionCalculator;
import org.igkit.retention.disposal.DisposalBatch;
import org.igkit.retention.hold.LegalHold;
import org.igkit.retention.port.RetentionPorts;
import org.igkit.retention.record.RetainedRecord;
import org.igkit.retention.register.ImportStoppedException;
import org.igkit.retention.register.RecordImports;
import org.igkit.retention.register.RetentionRegister;
import org.igkit.retention.rule.RecordFacts;
import org.igkit.retention.schedule.EntryRef;
import org.igkit.retention.schedule.SampleSchedules;
import org.igkit.retention.sweep.DisposalService;
import org.igkit.testkit.core.ForwardingAuditLog;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 20, defect 6: every service writes its change and its audit entry in one unit of the SQLite store, so an
 * audit log that fails on append (as a crash between the two would) leaves the change out of the store too, and
 * the chain verifies. One test per write path; the change is looked for behind the service's back.
 */
class ServicesInOneUnitTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-05-09T09:00:00Z"), ZoneOffset.UTC);
    private static final LocalDate TODAY = LocalDate.of(2026, 5, 9);
    private static final EntryRef INVOICES = EntryRef.of(SampleSchedules.SCHOOL_ID, "S21");
    private static final AuditKey KEY = AuditKey.of("k1", new byte[AuditKey.MIN_SECRET_BYTES]);

    @TempDir
    Path directory;
    private SqliteStore store;
    private FailingAppends audit;

    @BeforeEach
    void open() {
        store = SqliteStore.open(directory.resolve("igkit.db"),
                SqliteOptions.defaults().withAuditSealing(AuditSealing.with(AuditKeyring.of(KEY))));
        audit = new FailingAppends(store.auditLog());
    }

    @AfterEach
    void close() {
        store.close();
    }

    /** Fails every append of the given actions, after nothing was written: the crash the unit must survive. */
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

    private void assertTheChainVerifiesWith(long entries) {
        assertThat(store.auditLog().size()).isEqualTo(entries);
        assertThat(store.auditLog().verify().isIntact()).isTrue();
    }

    private static BreachFacts facts() {
        return BreachFacts.builder(OffsetDateTime.parse("2026-05-08T16:00:00Z"))
                .regimes(Regime.UK_GDPR)
                .breachTypes(BreachType.CONFIDENTIALITY)
                .enisa(new EnisaInput(null, List.of(CategoryScore.basic(DataCategory.SIMPLE)), Quarters.ofWhole(1),
                        Quarters.ZERO, Quarters.ZERO, Quarters.ZERO, false))
                .individuals(3)
                .exfiltration(Exfiltration.EXCLUDED_BY_EVIDENCE)
                .dspt(DsptGrade.of(1, 2))
                .build();
    }

    @Test
    @DisplayName("breach log: a breach logged or changed while the audit log fails is not in the store")
    void breachChangesWithoutTheirEntryAreNotStored() {
        BreachRegister register = BreachRegister.of(store.breaches(), BreachAssessor.withDefaults(CLOCK), audit,
                store.unitOfWork(), CLOCK);
        BreachRecord logged = register.log("b-1", "BR-1", "letter to the wrong address", facts(), "dpo");

        audit.failOn(BreachRegister.LOGGED, BreachRegister.ACTION, BreachRegister.LESSONS_LEARNED);
        assertThatThrownBy(() -> register.log("b-2", "BR-2", "email to the wrong list", facts(), "dpo"))
                .hasMessageContaining("audit log failed");
        assertThatThrownBy(() -> register.recordAction("b-1", logged.version(), "recalled the letter", "dpo"))
                .hasMessageContaining("audit log failed");
        assertThatThrownBy(() -> register.recordLessonsLearned("b-1", logged.version(), "check envelopes", "dpo"))
                .hasMessageContaining("audit log failed");

        assertThat(store.breaches().find("b-2")).isEmpty();
        assertThat(store.breaches().get("b-1")).isEqualTo(logged);
        assertTheChainVerifiesWith(1);
    }

    @Test
    @DisplayName("request register: a request received or closed while the audit log fails is not in the store")
    void requestChangesWithoutTheirEntryAreNotStored() {
        RequestRegister register = RequestRegister.of(store.requests(),
                DeadlineEngine.of(BankHolidayCalendar.shipped(), CLOCK), InMemorySchoolCalendars.create(), audit,
                store.unitOfWork(), CLOCK);
        InformationRequest received = register.receive(foi("r-1"), "officer");

        audit.failOn(RequestRegister.RECEIVED, RequestRegister.CLOSED);
        assertThatThrownBy(() -> register.receive(foi("r-2"), "officer")).hasMessageContaining("audit log failed");
        assertThatThrownBy(() -> register.close("r-1", received.version(), TODAY,
                Outcome.GRANTED, "officer"))
                .hasMessageContaining("audit log failed");

        assertThat(store.requests().find("r-2")).isEmpty();
        assertThat(store.requests().get("r-1")).isEqualTo(received);
        assertTheChainVerifiesWith(1);
    }

    private static InformationRequest foi(String id) {
        return InformationRequest.received(id, RegimeId.FOIA, Nation.ENGLAND, "FOI-" + id,
                RequesterCategory.MEMBER_OF_PUBLIC, LocalDate.of(2026, 5, 1));
    }

    @Test
    @DisplayName("asset register: an entry added or replaced while the audit log fails is not in the store")
    void assetChangesWithoutTheirEntryAreNotStored() {
        AssetRegister register = AssetRegister.of(store.assets(), audit, store.unitOfWork(), CLOCK);
        InformationAsset added = register.add(asset("EST-001").build(), "iao").asset();

        audit.failOn(AssetRegister.ADDED, AssetRegister.REPLACED);
        assertThatThrownBy(() -> register.add(asset("EST-002").build(), "iao"))
                .hasMessageContaining("audit log failed");
        assertThatThrownBy(() -> register.replace(asset("EST-001").description("moved to the annex").build(),
                added.version(), "iao")).hasMessageContaining("audit log failed");

        assertThat(store.assets().find(AssetId.of("EST-002"))).isEmpty();
        assertThat(store.assets().get(AssetId.of("EST-001"))).isEqualTo(added);
        assertTheChainVerifiesWith(1);
    }

    private static InformationAsset.Builder asset(String id) {
        return InformationAsset.builder(AssetId.of(id), "Asset " + id).businessArea("Estates")
                .assetOwner("Head of Estates").dataOwner("Records officer");
    }

    private RetentionPorts retentionPorts() {
        return RetentionPorts.of(store.records(), store.schedules(), store.legalHolds(), store.disposalBatches(),
                audit, store.unitOfWork());
    }

    private RetentionRegister retentionRegister() {
        return RetentionRegister.over(retentionPorts(), RetentionCalculator.ukDefaults(), CLOCK);
    }

    private void fileInvoices(RetentionRegister register, int count) {
        for (int i = 1; i <= count; i++) {
            register.file(String.format("INV-%02d", i), INVOICES,
                    RecordFacts.none().withDate("processed", LocalDate.of(2012, 6, i)), "clerk");
        }
    }

    @Test
    @DisplayName("retention register: a schedule, a record, a review of facts, a hold: none kept without its entry")
    void retentionChangesWithoutTheirEntryAreNotStored() {
        RetentionRegister register = retentionRegister();
        audit.failOn("schedule.uploaded");
        assertThatThrownBy(() -> register.uploadSchedule(SampleSchedules.school(), "records.manager"))
                .hasMessageContaining("audit log failed");
        assertThat(store.schedules().find(SampleSchedules.SCHOOL_ID)).isEmpty();

        audit.failOn();
        register.uploadSchedule(SampleSchedules.school(), "records.manager");
        fileInvoices(register, 1);
        RetainedRecord filed = store.records().find("INV-01").orElseThrow();

        audit.failOn("record.filed", "record.facts-changed", "hold.placed");
        assertThatThrownBy(() -> register.file("INV-02", INVOICES,
                RecordFacts.none().withDate("processed", LocalDate.of(2012, 6, 2)), "clerk"))
                .hasMessageContaining("audit log failed");
        assertThatThrownBy(() -> register.updateFacts("INV-01", filed.version(),
                RecordFacts.none().withDate("processed", LocalDate.of(2013, 6, 1)), "clerk"))
                .hasMessageContaining("audit log failed");
        assertThatThrownBy(() -> register.placeHold(LegalHold.placed("H-1", "INV-01", "litigation", "legal",
                TODAY), "dpo")).hasMessageContaining("audit log failed");
        assertThatThrownBy(() -> register.placeHoldOnEntry(INVOICES, "H-E", "inquiry", "legal", TODAY, "dpo"))
                .hasMessageContaining("audit log failed");

        assertThat(store.records().find("INV-02")).isEmpty();
        assertThat(store.records().find("INV-01")).contains(filed);
        assertThat(store.legalHolds().holdsOn("INV-01")).isEmpty();
        assertTheChainVerifiesWith(2);
    }

    @Test
    @DisplayName("disposal: a sweep, an approval and each disposal are kept only with their entries")
    void disposalChangesWithoutTheirEntryAreNotStored() {
        audit.failOn();
        RetentionRegister register = retentionRegister();
        register.uploadSchedule(SampleSchedules.school(), "records.manager");
        fileInvoices(register, 3);
        DisposalService disposal = DisposalService.over(retentionPorts(), RetentionCalculator.ukDefaults(), CLOCK);
        long entriesBefore = store.auditLog().size();

        audit.failOn("disposal.swept");
        assertThatThrownBy(() -> disposal.sweep("batch-1", TODAY, "system")).hasMessageContaining("audit log failed");
        assertThat(store.disposalBatches().find("batch-1")).isEmpty();

        audit.failOn("disposal.approved");
        DisposalBatch proposed = disposal.sweep("batch-1", TODAY, "system").batch();
        assertThatThrownBy(() -> disposal.approve("batch-1", proposed.version(), "records.manager"))
                .hasMessageContaining("audit log failed");
        assertThat(store.disposalBatches().find("batch-1")).contains(proposed);

        audit.failOn("record.disposed");
        DisposalBatch approved = disposal.approve("batch-1", proposed.version(), "records.manager");
        assertThatThrownBy(() -> disposal.execute("batch-1", approved.version(), "records.manager"))
                .hasMessageContaining("audit log failed");
        assertThat(proposed.candidates()).isNotEmpty();
        for (var candidate : proposed.candidates()) {
            assertThat(store.records().find(candidate.recordId()).orElseThrow().isDisposed()).as(candidate.recordId()).isFalse();
        }
        assertTheChainVerifiesWith(entriesBefore + 2);

        // the run stopped part-way is finished by the next one, each record with its entry
        audit.failOn();
        DisposalBatch claimed = store.disposalBatches().find("batch-1").orElseThrow();
        DisposalBatch executed = disposal.execute("batch-1", claimed.version(), "records.manager");
        assertThat(executed.certificate().disposed()).hasSize(proposed.candidates().size());
        for (var candidate : proposed.candidates()) {
            assertThat(store.auditLog().forSubject("record", candidate.recordId())).extracting(e -> e.event().action())
                    .containsOnlyOnce("record.disposed");
        }
        assertThat(store.auditLog().verify().isIntact()).isTrue();
    }

    @Test
    @DisplayName("record import: a batch whose records.import-batch entry fails is rolled back, and the rerun adds it")
    void anImportBatchIsKeptOnlyWithItsEntry() {
        audit.failOn();
        retentionRegister().uploadSchedule(SampleSchedules.school(), "records.manager");
        RecordImports imports = RecordImports.over(retentionPorts(), store.recordImporter(),
                RetentionCalculator.ukDefaults(), CLOCK);
        List<RetainedRecord> rows = IntStream.rangeClosed(1, 6)
                .mapToObj(i -> imports.newRecord(String.format("IMP-%02d", i), INVOICES,
                        RecordFacts.none().withDate("processed", LocalDate.of(2012, 6, i)), TODAY))
                .toList();

        audit.failOn(RecordImports.BATCH);
        assertThatThrownBy(() -> imports.importRecords(rows.stream(), "import-1", 3, "csv", "clerk"))
                .isNotInstanceOf(ImportStoppedException.class).hasMessageContaining("audit log failed");
        assertThat(store.records().find("IMP-01")).isEmpty();

        audit.failOn();
        var result = imports.importRecords(rows.stream(), "import-1", 3, "csv", "clerk");
        assertThat(result.rowsAdded()).isEqualTo(6);
        List<String> batchEntries = store.auditLog().forSubject(RecordImports.AUDIT_SUBJECT, "import-1").stream()
                .filter(e -> e.event().action().equals(RecordImports.BATCH))
                .map(e -> e.event().details().get("batch") + ":" + e.event().details().get("committedBy"))
                .toList();
        assertThat(batchEntries).containsExactly("1:this run", "2:this run");
        assertThat(store.auditLog().verify().isIntact()).isTrue();
    }

    @Test
    @DisplayName("audit checkpoints: a checkpoint signed while its entry fails is not kept")
    void aCheckpointIsKeptOnlyWithItsEntry() {
        audit.append(AuditEvent.of("dpo", "breach.logged", CLOCK.instant(), "breach", "b-1"));
        AuditCheckpoints checkpoints = AuditCheckpoints.over(audit, store.unitOfWork(), CLOCK);

        audit.failOn("audit.checkpoint-signed");
        assertThatThrownBy(() -> checkpoints.sign("dpo")).hasMessageContaining("audit log failed");
        assertThat(store.auditLog().checkpoints()).isEmpty();

        audit.failOn();
        var signed = checkpoints.sign("dpo");
        assertThat(store.auditLog().checkpoints()).containsExactly(signed);
        assertThat(store.auditLog().read(PageRequest.first(10)).items()).extracting(e -> e.event().action())
                .containsExactly("breach.logged", "audit.checkpoint-signed");
        assertThat(store.auditLog().verify().isIntact()).isTrue();
    }
}
