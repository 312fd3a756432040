package org.igkit.retention.disposal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import org.igkit.core.audit.AuditEntry;
import org.igkit.core.error.ConflictException;
import org.igkit.core.memory.InMemoryAuditLog;
import org.igkit.core.paging.PageRequest;
import org.igkit.retention.calculation.RetentionCalculator;
import org.igkit.retention.calculation.Status;
import org.igkit.retention.hold.LegalHold;
import org.igkit.retention.memory.InMemoryLegalHoldRepository;
import org.igkit.retention.memory.InMemoryDisposalBatchRepository;
import org.igkit.retention.memory.InMemoryRecordRepository;
import org.igkit.retention.memory.InMemoryScheduleRepository;
import org.igkit.retention.port.RetentionPorts;
import org.igkit.retention.register.RetentionRegister;
import org.igkit.retention.rule.RecordFacts;
import org.igkit.retention.schedule.EntryRef;
import org.igkit.retention.schedule.SampleSchedules;
import org.igkit.retention.schedule.DisposalAction;
import org.igkit.retention.sweep.DisposalService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Sweep, approval, execution, certificate and audit (spec 3.9, DESIGN.md "Disposal produces a certificate"). */
class DisposalFlowTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 5, 9);
    private static final EntryRef INVOICES = EntryRef.of(SampleSchedules.SCHOOL_ID, "S21");
    private static final EntryRef STAFF = EntryRef.of(SampleSchedules.SCHOOL_ID, "S16");

    private final Clock clock = Clock.fixed(Instant.parse("2026-05-09T09:00:00Z"), ZoneOffset.UTC);
    private InMemoryRecordRepository records;
    private InMemoryLegalHoldRepository holds;
    private InMemoryAuditLog audit;
    private RetentionRegister register;
    private DisposalService disposal;

    @BeforeEach
    void setUp() {
        records = InMemoryRecordRepository.create();
        InMemoryScheduleRepository schedules = InMemoryScheduleRepository.create();
        schedules.save(SampleSchedules.school());
        holds = InMemoryLegalHoldRepository.create();
        audit = InMemoryAuditLog.create();
        RetentionCalculator calculator = RetentionCalculator.ukDefaults();
        RetentionPorts ports = RetentionPorts.of(records, schedules, holds, InMemoryDisposalBatchRepository.create(),
                audit);
        register = RetentionRegister.over(ports, calculator, clock);
        disposal = DisposalService.over(ports, calculator, clock);
        register.file("INV-2012", INVOICES, RecordFacts.none().withDate("processed", LocalDate.of(2012, 6, 15)), "clerk");
        register.file("INV-2013", INVOICES, RecordFacts.none().withDate("processed", LocalDate.of(2013, 6, 15)), "clerk");
        register.file("INV-2025", INVOICES, RecordFacts.none().withDate("processed", LocalDate.of(2025, 6, 15)), "clerk");
        register.file("STAFF-1", STAFF, RecordFacts.none(), "clerk");
        register.file("STAFF-2", STAFF, RecordFacts.none().withDate("employmentEnded", LocalDate.of(2015, 8, 31)), "clerk");
    }

    @Test
    void filingStoresTheComputedDueDate() {
        assertThat(records.find("INV-2012").orElseThrow().dueDate()).isEqualTo(LocalDate.of(2019, 3, 31));
        assertThat(records.find("STAFF-1").orElseThrow().status()).isEqualTo(Status.PENDING);
        assertThat(records.listDueOnOrBefore(TODAY, PageRequest.first()).items()).extracting(r -> r.id())
                .containsExactly("INV-2012", "INV-2013", "STAFF-2");
    }

    @Test
    @DisplayName("Sweep, approve, execute: the certificate lists records, rule, citation, action, approver, executor and a digest")
    void theWholeFlow() {
        DisposalBatch proposed = disposal.sweep("B-1", TODAY, "system").batch();
        assertThat(proposed.candidates()).extracting(DisposalCandidate::recordId).containsExactly("INV-2012", "INV-2013", "STAFF-2");
        assertThat(records.find("INV-2012").orElseThrow().isDisposed()).isFalse();
        DisposalBatch approved = disposal.approve("B-1", proposed.version(), "records.manager");
        DisposalBatch executed = disposal.execute("B-1", approved.version(), "it.operator");
        assertThat(executed.state()).isEqualTo(BatchState.EXECUTED);
        assertThat(disposal.get("B-1")).isEqualTo(executed);
        DisposalCertificate certificate = executed.certificate();
        assertThat(certificate.disposed()).extracting(d -> d.candidate().recordId()).containsExactly("INV-2012", "INV-2013", "STAFF-2");
        CertifiedDisposal first = certificate.disposed().get(0);
        assertThat(first.candidate().ruleText()).isEqualTo("CFY(processed) + 6y");
        assertThat(first.candidate().citations()).isNotEmpty();
        assertThat(first.candidate().action()).isEqualTo(DisposalAction.SECURE_DESTROY);
        assertThat(certificate.approvedBy()).isEqualTo("records.manager");
        assertThat(certificate.executedBy()).isEqualTo("it.operator");
        assertThat(certificate.digest()).hasSize(64);
        assertThat(certificate.isIntact()).isTrue();
        assertThat(records.find("INV-2012").orElseThrow().disposal().batchId()).isEqualTo("B-1");
        assertThat(audit.forSubject("record", "INV-2012")).extracting(e -> e.event().action())
                .containsExactly("record.filed", "record.disposed");
        assertThat(audit.forSubject("disposal-batch", "B-1")).extracting(e -> e.event().action())
                .containsExactly("disposal.swept", "disposal.approved", "disposal.executed");
        assertThat(audit.verify().isIntact()).isTrue();
    }

    @Test
    void reviewsAndFactChangesRecomputeTheStoredDateUnderOptimisticLocking() {
        long version = records.find("STAFF-1").orElseThrow().version();
        var dated = register.updateFacts("STAFF-1", version,
                RecordFacts.none().withDate("employmentEnded", LocalDate.of(2018, 7, 31)), "hr");
        assertThat(dated.dueDate()).isEqualTo(LocalDate.of(2024, 7, 31));
        assertThat(dated.status()).isEqualTo(Status.DUE);
        var reviewed = register.review("STAFF-1", dated.version(), org.igkit.retention.review.Review.extendUntil(
                LocalDate.of(2026, 5, 1), LocalDate.of(2028, 1, 1), "employment tribunal claim"), "dpo");
        assertThat(reviewed.dueDate()).isEqualTo(LocalDate.of(2028, 1, 1));
        assertThat(reviewed.status()).isEqualTo(Status.NOT_YET_DUE);
        assertThatThrownBy(() -> register.updateFacts("STAFF-1", dated.version(), RecordFacts.none(), "hr"))
                .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.reason()).isEqualTo(ConflictException.Reason.VERSION_MISMATCH));
        assertThat(register.calculate("STAFF-1", TODAY).explanation().toString()).contains("employment tribunal claim");
    }

    @Test
    void nothingIsDisposedOfWithoutApproval() {
        DisposalBatch proposed = disposal.sweep("B-1", TODAY, "system").batch();
        assertThatThrownBy(() -> disposal.execute("B-1", proposed.version(), "it.operator"))
                .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.reason()).isEqualTo(ConflictException.Reason.INVALID_STATE));
        assertThat(records.find("INV-2012").orElseThrow().isDisposed()).isFalse();
    }

    @Test
    @DisplayName("A hold placed after approval still blocks that record, and the withholding is audited")
    void aHoldPlacedAfterApprovalStillBlocks() {
        DisposalBatch approved = disposal.approve("B-1", disposal.sweep("B-1", TODAY, "system").batch().version(),
                "records.manager");
        register.placeHold(LegalHold.placed("H-1", "INV-2013", "supplier dispute", "legal", TODAY), "legal");
        DisposalCertificate certificate = disposal.execute("B-1", approved.version(), "it.operator").certificate();
        assertThat(certificate.disposed()).extracting(d -> d.candidate().recordId()).containsExactly("INV-2012", "STAFF-2");
        assertThat(certificate.withheld()).singleElement().satisfies(w -> {
            assertThat(w.recordId()).isEqualTo("INV-2013");
            assertThat(w.reason()).contains("H-1");
        });
        assertThat(records.find("INV-2013").orElseThrow().isDisposed()).isFalse();
        assertThat(audit.forSubject("record", "INV-2013")).extracting(e -> e.event().action()).contains("disposal.withheld");
    }

    @Test
    void aHeldRecordIsNotSwept() {
        register.placeHold(LegalHold.placed("H-1", "INV-2012", "IICSA preservation", "inquiry", LocalDate.of(2020, 1, 1)), "legal");
        assertThat(disposal.sweep("B-1", TODAY, "system").batch().candidates()).extracting(DisposalCandidate::recordId)
                .containsExactly("INV-2013", "STAFF-2");
    }

    @Test
    @DisplayName("Re-running an executed batch changes nothing: no record, no audit entry, the same certificate")
    void reRunningChangesNothing() {
        DisposalBatch approved = disposal.approve("B-1", disposal.sweep("B-1", TODAY, "system").batch().version(),
                "records.manager");
        DisposalBatch executed = disposal.execute("B-1", approved.version(), "it.operator");
        long auditSize = audit.size();
        List<AuditEntry> before = audit.read(PageRequest.first(1000)).items();
        long version = records.find("INV-2012").orElseThrow().version();
        assertThat(disposal.execute("B-1", executed.version(), "it.operator")).isEqualTo(executed);
        // a copy read before the execution is stale: refused, and nothing changes
        assertThatThrownBy(() -> disposal.execute("B-1", approved.version(), "it.operator"))
                .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.reason()).isEqualTo(ConflictException.Reason.VERSION_MISMATCH));
        assertThat(disposal.get("B-1").certificate().digest()).isEqualTo(executed.certificate().digest());
        assertThat(audit.size()).isEqualTo(auditSize);
        assertThat(audit.read(PageRequest.first(1000)).items()).isEqualTo(before);
        assertThat(records.find("INV-2012").orElseThrow().version()).isEqualTo(version);
    }

    @Test
    void bulkHoldsCoverEveryRecordOfAnEntry() {
        List<LegalHold> placed = register.placeHoldOnEntry(INVOICES, "AUDIT-2026", "external audit", "finance", TODAY, "dpo");
        assertThat(placed).extracting(LegalHold::recordId).containsExactly("INV-2012", "INV-2013", "INV-2025");
        assertThat(disposal.sweep("B-1", TODAY, "system").batch().candidates()).extracting(DisposalCandidate::recordId)
                .containsExactly("STAFF-2");
        register.releaseHold("AUDIT-2026-INV-2012", TODAY, "audit closed", "dpo");
        // STAFF-2 is a candidate of the open batch B-1, so the second sweep takes only the released record
        assertThat(disposal.sweep("B-2", TODAY, "system").batch().candidates()).extracting(DisposalCandidate::recordId)
                .containsExactly("INV-2012");
    }
}
