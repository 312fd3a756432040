package org.igkit.retention.sweep;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.igkit.core.audit.AuditEvent;
import org.igkit.core.error.ConflictException;
import org.igkit.core.error.ValidationException;
import org.igkit.core.paging.Page;
import org.igkit.core.port.AuditLog;
import org.igkit.retention.calculation.RetentionCalculator;
import org.igkit.retention.disposal.BatchState;
import org.igkit.retention.disposal.CertifiedDisposal;
import org.igkit.retention.disposal.DisposalBatch;
import org.igkit.retention.disposal.DisposalCandidate;
import org.igkit.retention.disposal.DisposalCertificate;
import org.igkit.retention.disposal.WithheldDisposal;
import org.igkit.retention.calculation.RetentionResult;
import org.igkit.retention.port.LegalHoldRepository;
import org.igkit.retention.port.RecordRepository;
import org.igkit.retention.register.RetentionPorts;
import org.igkit.retention.port.ScheduleRepository;
import org.igkit.retention.record.Disposal;
import org.igkit.retention.record.RetainedRecord;
import org.igkit.retention.schedule.ScheduleEntry;

/**
 * Sweep, approval and execution of disposal. Nothing is disposed of without approval; execution recomputes every
 * record with its current facts, reviews, entry and holds, so a hold placed after approval still blocks; re-running
 * an executed batch changes nothing. Every step writes audit events ({@code disposal.swept},
 * {@code disposal.approved}, {@code record.disposed}, {@code disposal.withheld}, {@code disposal.executed}).
 */
public final class DisposalService {
    private static final int PAGE = 500;
    private final RecordRepository records;
    private final ScheduleRepository schedules;
    private final LegalHoldRepository holds;
    private final AuditLog audit;
    private final RetentionCalculator calculator;
    private final Clock clock;

    private DisposalService(RecordRepository records, ScheduleRepository schedules, LegalHoldRepository holds,
                            AuditLog audit, RetentionCalculator calculator, Clock clock) {
        this.records = Objects.requireNonNull(records, "records");
        this.schedules = Objects.requireNonNull(schedules, "schedules");
        this.holds = Objects.requireNonNull(holds, "holds");
        this.audit = Objects.requireNonNull(audit, "audit");
        this.calculator = Objects.requireNonNull(calculator, "calculator");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** A service over the retention ports, with the organisation's calculator and a clock. */
    public static DisposalService over(RetentionPorts ports, RetentionCalculator calculator, Clock clock) {
        Objects.requireNonNull(ports, "ports");
        return new DisposalService(ports.records(), ports.schedules(), ports.holds(), ports.audit(), calculator,
                clock);
    }

    /**
     * Lists the records eligible on {@code asOf}: those stored as due on or before it that, recomputed now, are
     * eligible (not held, authority not pending). Disposes of nothing.
     */
    public DisposalBatch sweep(String batchId, LocalDate asOf, String actor) {
        ValidationException.Collector problems = ValidationException.collector();
        problems.require(batchId != null && !batchId.isBlank(), "batchId", "must not be blank", batchId);
        problems.require(asOf != null, "asOf", "is required", null);
        problems.require(actor != null && !actor.isBlank(), "actor", "must not be blank", actor);
        problems.throwIfAny();
        List<DisposalCandidate> candidates = new ArrayList<>();
        Page.all(PAGE, page -> records.listDueOnOrBefore(asOf, page)).forEach(record -> {
            Optional<ScheduleEntry> entry = schedules.findEntry(record.entry(), asOf);
            if (entry.isEmpty()) {
                return;
            }
            RetentionResult result = calculator.assess(entry.get(), record.facts(), holds.holdsOn(record.id()),
                    record.reviews(), asOf);
            if (result.eligibleNow()) {
                candidates.add(new DisposalCandidate(record.id(), record.entry(), entry.get().rule().toText(),
                        entry.get().citations(), result.action(), result.dueDate()));
            }
        });
        audit.append(AuditEvent.of(actor, "disposal.swept", clock.instant(), "disposal-batch", batchId)
                .withDetail("asOf", asOf.toString()).withDetail("candidates", Integer.toString(candidates.size())));
        return DisposalBatch.proposed(batchId, asOf, candidates);
    }

    /** A records manager approves a proposed batch. */
    public DisposalBatch approve(DisposalBatch batch, String approver) {
        Objects.requireNonNull(batch, "batch");
        if (approver == null || approver.isBlank()) {
            throw new ValidationException("approver", "must not be blank", approver);
        }
        if (batch.state() != BatchState.PROPOSED) {
            throw new ConflictException(ConflictException.Reason.INVALID_STATE,
                    "disposal batch '" + batch.id() + "' is " + batch.state() + ", only a PROPOSED batch can be approved");
        }
        Instant now = clock.instant();
        audit.append(AuditEvent.of(approver, "disposal.approved", now, "disposal-batch", batch.id())
                .withDetail("candidates", Integer.toString(batch.candidates().size())));
        return new DisposalBatch(batch.id(), batch.asOf(), batch.candidates(), BatchState.APPROVED, approver, now, null,
                batch.version());
    }

    /**
     * Executes an approved batch: re-checks each candidate now, marks the eligible ones disposed, and returns the
     * executed batch with its certificate. An executed batch is returned unchanged; re-running an approved copy
     * after execution disposes of nothing again and writes no audit events.
     *
     * @throws ConflictException INVALID_STATE if the batch was not approved
     */
    public DisposalBatch execute(DisposalBatch batch, String executor) {
        Objects.requireNonNull(batch, "batch");
        if (executor == null || executor.isBlank()) {
            throw new ValidationException("executor", "must not be blank", executor);
        }
        if (batch.state() == BatchState.EXECUTED) {
            return batch;
        }
        if (batch.state() != BatchState.APPROVED) {
            throw new ConflictException(ConflictException.Reason.INVALID_STATE,
                    "disposal batch '" + batch.id() + "' is not approved: nothing is disposed of without approval");
        }
        Instant now = clock.instant();
        LocalDate today = LocalDate.now(clock);
        List<CertifiedDisposal> disposed = new ArrayList<>();
        List<WithheldDisposal> withheld = new ArrayList<>();
        List<AuditEvent> events = new ArrayList<>();
        boolean rerun = false;
        for (DisposalCandidate c : batch.candidates()) {
            Optional<RetainedRecord> found = records.find(c.recordId());
            if (found.isEmpty()) {
                withheld.add(new WithheldDisposal(c.recordId(), "the record no longer exists"));
                continue;
            }
            RetainedRecord record = found.get();
            if (record.isDisposed()) {
                Disposal done = record.disposal();
                if (done.batchId().equals(batch.id())) {
                    rerun = true;
                    disposed.add(new CertifiedDisposal(c, done.executedAt()));
                } else {
                    withheld.add(new WithheldDisposal(c.recordId(), "already disposed of by batch " + done.batchId()));
                }
                continue;
            }
            String blocked = blockedNow(record, today);
            if (blocked != null) {
                withheld.add(new WithheldDisposal(c.recordId(), blocked));
                events.add(AuditEvent.of(executor, "disposal.withheld", now, "record", c.recordId())
                        .withDetail("batch", batch.id()).withDetail("reason", blocked));
                continue;
            }
            records.save(record.withDisposal(new Disposal(batch.id(), c.action(), now, executor)));
            disposed.add(new CertifiedDisposal(c, now));
            events.add(AuditEvent.of(executor, "record.disposed", now, "record", c.recordId())
                    .withDetail("batch", batch.id()).withDetail("action", c.action().toString())
                    .withDetail("entry", c.entry().toString()).withDetail("rule", c.ruleText())
                    .withDetail("dueDate", c.dueDate().toString()));
        }
        boolean changed = events.stream().anyMatch(e -> e.action().equals("record.disposed"));
        Instant executedAt = disposed.stream().map(CertifiedDisposal::executedAt).max(Instant::compareTo).orElse(now);
        String digest = DisposalCertificate.digestOf(batch.id(), disposed);
        DisposalCertificate certificate = new DisposalCertificate(batch.id(), disposed, withheld, batch.approvedBy(),
                batch.approvedAt(), executor, executedAt, digest);
        if (changed || !rerun) {
            events.forEach(audit::append);
            audit.append(AuditEvent.of(executor, "disposal.executed", now, "disposal-batch", batch.id())
                    .withDetail("disposed", Integer.toString(disposed.size()))
                    .withDetail("withheld", Integer.toString(withheld.size())).withDetail("digest", digest)
                    .withDetail("approvedBy", batch.approvedBy()));
        }
        return new DisposalBatch(batch.id(), batch.asOf(), batch.candidates(), BatchState.EXECUTED, batch.approvedBy(),
                batch.approvedAt(), certificate, batch.version());
    }

    private String blockedNow(RetainedRecord record, LocalDate today) {
        Optional<ScheduleEntry> entry = schedules.findEntry(record.entry(), today);
        if (entry.isEmpty()) {
            return "no version of schedule entry " + record.entry() + " is in effect on " + today;
        }
        RetentionResult now = calculator.assess(entry.get(), record.facts(), holds.holdsOn(record.id()),
                record.reviews(), today);
        if (now.eligibleNow()) {
            return null;
        }
        if (now.blockedByHold()) {
            return "a legal hold is in force: " + now.holdsInForce().get(0).id() + " (" + now.holdsInForce().get(0).reason() + ")";
        }
        return "no longer eligible on " + today + ": status " + now.status()
                + (entry.get().isAuthorityPending() ? ", disposal authority pending" : "");
    }
}
