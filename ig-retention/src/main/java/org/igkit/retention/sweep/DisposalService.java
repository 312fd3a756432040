package org.igkit.retention.sweep;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.igkit.core.IdRule;
import org.igkit.core.audit.AuditEntry;
import org.igkit.core.audit.AuditEvent;
import org.igkit.core.error.ConflictException;
import org.igkit.core.error.NotFoundException;
import org.igkit.core.error.ValidationException;
import org.igkit.core.paging.Page;
import org.igkit.core.paging.PageRequest;
import org.igkit.core.port.AuditLog;
import org.igkit.core.port.UnitOfWork;
import org.igkit.retention.calculation.RetentionCalculator;
import org.igkit.retention.calculation.RetentionResult;
import org.igkit.retention.disposal.BatchState;
import org.igkit.retention.disposal.CertifiedDisposal;
import org.igkit.retention.disposal.DisposalBatch;
import org.igkit.retention.disposal.DisposalBatchSummary;
import org.igkit.retention.disposal.DisposalCandidate;
import org.igkit.retention.disposal.DisposalCertificate;
import org.igkit.retention.disposal.WithheldDisposal;
import org.igkit.retention.port.DisposalBatchRepository;
import org.igkit.retention.port.LegalHoldRepository;
import org.igkit.retention.port.RecordRepository;
import org.igkit.retention.port.RetentionPorts;
import org.igkit.retention.port.ScheduleRepository;
import org.igkit.retention.record.Disposal;
import org.igkit.retention.record.RetainedRecord;
import org.igkit.retention.schedule.ScheduleEntry;

/**
 * Sweep, approval and execution of disposal, and the only way to change a disposal batch: each call validates,
 * checks the version the caller read, saves the batch and appends its audit event ({@code disposal.swept},
 * {@code disposal.approved}, {@code record.disposed}, {@code disposal.withheld}, {@code disposal.executed}).
 * Nothing is disposed of without approval; execution recomputes every record with its current facts, reviews, entry
 * and holds, so a hold placed after approval still blocks; executing an executed batch changes nothing.
 *
 * <p>Each change runs with its audit entry in one unit of the ports' {@link UnitOfWork}, so that over a store with
 * transactions the audit trail and the store agree whatever stops a call part-way:
 * <ul>
 *   <li>a sweep's or approval's batch is saved and its entry written in one unit, so a call refused with a
 *       conflict, or killed, leaves neither;</li>
 *   <li>execution first claims the batch (one save from APPROVED to EXECUTING at the version read), so of two
 *       executions at the same moment exactly one proceeds and the other is refused;</li>
 *   <li>each record is saved as disposed of with its {@code record.disposed} entry in one unit, one record at a
 *       time, and the executed batch with its {@code disposal.executed} entry in another; a run that stops
 *       part-way leaves the batch EXECUTING, and executing it again skips the records already disposed of by it
 *       and appends only the entries the audit log does not hold (which over ports without transactions, or after
 *       a release that wrote them apart, may be missing).</li>
 * </ul>
 *
 * <p>Batches are bounded: a sweep reads the due records a page at a time, leaves out records that are candidates
 * of another open batch, and stops at the batch limit ({@value #DEFAULT_BATCH_LIMIT} unless
 * {@link #withBatchLimit(int) set}), saying in its result that more remain.
 */
public final class DisposalService {
    /** The most candidates one batch holds unless {@link #withBatchLimit(int)} says otherwise. */
    public static final int DEFAULT_BATCH_LIMIT = 10_000;
    private static final int PAGE = 500;
    private static final String BATCH = "disposal-batch";
    private static final String TYPE = "disposal batch";

    private final RecordRepository records;
    private final ScheduleRepository schedules;
    private final LegalHoldRepository holds;
    private final DisposalBatchRepository batches;
    private final AuditLog audit;
    private final UnitOfWork unitOfWork;
    private final RetentionPorts ports;
    private final RetentionCalculator calculator;
    private final Clock clock;
    private final int batchLimit;

    private DisposalService(RetentionPorts ports, RetentionCalculator calculator, Clock clock, int batchLimit) {
        this.ports = ports;
        this.records = ports.records();
        this.schedules = ports.schedules();
        this.holds = ports.holds();
        this.batches = ports.batches();
        this.audit = ports.audit();
        this.unitOfWork = Objects.requireNonNull(ports.unitOfWork(), "unitOfWork");
        this.calculator = Objects.requireNonNull(calculator, "calculator");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.batchLimit = batchLimit;
    }

    /** A service over the retention ports, with the organisation's calculator and a clock. */
    public static DisposalService over(RetentionPorts ports, RetentionCalculator calculator, Clock clock) {
        Objects.requireNonNull(ports, "ports");
        return new DisposalService(ports, calculator, clock, DEFAULT_BATCH_LIMIT);
    }

    /**
     * The same service with another batch limit: the most candidates one sweep puts into a batch.
     *
     * @throws ValidationException on {@code batchLimit} unless it is at least 1
     */
    public DisposalService withBatchLimit(int limit) {
        if (limit < 1) {
            throw new ValidationException("batchLimit", "must be at least 1", limit);
        }
        return new DisposalService(ports, calculator, clock, limit);
    }

    /** The most candidates one batch holds. */
    public int batchLimit() {
        return batchLimit;
    }

    /**
     * Stores a proposed batch of the records eligible on {@code asOf}: those stored as due on or before it that,
     * recomputed now, are eligible (not held, authority not pending) and are in no other open batch, up to the
     * batch limit. Disposes of nothing.
     *
     * @throws ConflictException ALREADY_EXISTS when a batch has that id; INVALID_STATE when a sweep at the same
     *                           moment took one of the records into its batch (sweep again); no entry is written
     */
    public SweepResult sweep(String batchId, LocalDate asOf, String actor) {
        ValidationException.Collector problems = ValidationException.collector();
        IdRule.check(problems, "batchId", batchId);
        problems.require(asOf != null, "asOf", "is required", null);
        problems.require(actor != null && !actor.isBlank(), "actor", "must not be blank", actor);
        problems.throwIfAny();
        if (batches.find(batchId).isPresent()) {
            // refused before the records are read; the save below refuses it too if a sweep races this one
            throw ConflictException.alreadyExists(TYPE, batchId);
        }
        List<DisposalCandidate> candidates = new ArrayList<>();
        boolean moreRemain = false;
        Iterator<RetainedRecord> due = Page.all(PAGE, page -> records.listDueOnOrBefore(asOf, page)).iterator();
        List<RetainedRecord> chunk = new ArrayList<>(PAGE);
        while (!moreRemain && due.hasNext()) {
            chunk.clear();
            while (chunk.size() < PAGE && due.hasNext()) {
                chunk.add(due.next());
            }
            Map<String, String> inOpenBatches = batches.openBatchesOf(chunk.stream().map(RetainedRecord::id).toList());
            for (RetainedRecord record : chunk) {
                if (inOpenBatches.containsKey(record.id())) {
                    continue;
                }
                Optional<DisposalCandidate> candidate = candidateOn(record, asOf);
                if (candidate.isEmpty()) {
                    continue;
                }
                if (candidates.size() == batchLimit) {
                    moreRemain = true;
                    break;
                }
                candidates.add(candidate.get());
            }
        }
        boolean more = moreRemain;
        // the candidates are chosen outside the unit (reads only), so the write lock is held just for the save
        DisposalBatch stored = unitOfWork.run("saving swept disposal batch " + batchId, () -> {
            DisposalBatch saved = batches.save(DisposalBatch.proposed(batchId, asOf, candidates));
            audit.append(AuditEvent.of(actor, "disposal.swept", clock.instant(), BATCH, batchId)
                    .withDetail("asOf", asOf.toString()).withDetail("candidates", Integer.toString(candidates.size()))
                    .withDetail("moreRemain", Boolean.toString(more)));
            return saved;
        });
        return new SweepResult(stored, moreRemain, batchLimit);
    }

    private Optional<DisposalCandidate> candidateOn(RetainedRecord record, LocalDate asOf) {
        Optional<ScheduleEntry> entry = schedules.findEntry(record.entry(), asOf);
        if (entry.isEmpty()) {
            return Optional.empty();
        }
        RetentionResult result = calculator.assess(entry.get(), record.facts(), holds.holdsOn(record.id()),
                record.reviews(), asOf);
        if (!result.eligibleNow()) {
            return Optional.empty();
        }
        return Optional.of(new DisposalCandidate(record.id(), record.entry(), entry.get().rule().toText(),
                entry.get().citations(), result.action(), result.dueDate()));
    }

    /**
     * A records manager approves a proposed batch, at the version they read.
     *
     * @throws NotFoundException         if there is no such batch
     * @throws ConflictException         VERSION_MISMATCH when {@code expectedVersion} is not the stored one, INVALID_STATE
     *                                   unless the batch is PROPOSED; no entry is written
     */
    public DisposalBatch approve(String batchId, long expectedVersion, String approver) {
        if (approver == null || approver.isBlank()) {
            throw new ValidationException("approver", "must not be blank", approver);
        }
        return unitOfWork.run("approving disposal batch " + batchId, () -> {
            DisposalBatch batch = at(batchId, expectedVersion);
            if (batch.state() != BatchState.PROPOSED) {
                throw new ConflictException(ConflictException.Reason.INVALID_STATE, "disposal batch '" + batch.id()
                        + "' is " + batch.state() + ", only a PROPOSED batch can be approved");
            }
            Instant now = clock.instant();
            DisposalBatch stored = batches.save(batch.approvedBy(approver, now));
            audit.append(AuditEvent.of(approver, "disposal.approved", now, BATCH, batch.id())
                    .withDetail("candidates", Integer.toString(batch.candidates().size())));
            return stored;
        });
    }

    /**
     * Executes an approved batch at the version the caller read: claims it, re-checks each candidate now, marks the
     * eligible ones disposed (each with its audit entry), and stores the executed batch with its certificate. A
     * batch left EXECUTING by a run that stopped part-way is finished. An executed batch is returned unchanged.
     *
     * @throws NotFoundException if there is no such batch
     * @throws ConflictException VERSION_MISMATCH when {@code expectedVersion} is not the stored one (another
     *                           execution claimed it first); INVALID_STATE if the batch was not approved
     */
    public DisposalBatch execute(String batchId, long expectedVersion, String executor) {
        if (executor == null || executor.isBlank()) {
            throw new ValidationException("executor", "must not be blank", executor);
        }
        DisposalBatch batch = at(batchId, expectedVersion);
        if (batch.state() == BatchState.EXECUTED) {
            auditExecutionIfMissing(batch, executor);
            return batch;
        }
        if (batch.state() == BatchState.PROPOSED) {
            throw new ConflictException(ConflictException.Reason.INVALID_STATE,
                    "disposal batch '" + batch.id() + "' is not approved: nothing is disposed of without approval");
        }
        boolean resumed = batch.state() == BatchState.EXECUTING;
        DisposalBatch claimed = unitOfWork.run("claiming disposal batch " + batchId,
                () -> batches.save(batch.executing()));
        Instant now = clock.instant();
        LocalDate today = LocalDate.now(clock);
        List<CertifiedDisposal> disposed = new ArrayList<>();
        List<WithheldDisposal> withheld = new ArrayList<>();
        for (DisposalCandidate c : claimed.candidates()) {
            // one unit per record: its disposal and its entry commit together, and a long batch never holds the
            // store's write lock for more than one record
            Outcome outcome = unitOfWork.run("disposing of record " + c.recordId() + " in batch " + batchId,
                    () -> executeOne(c, batchId, executor, resumed, now, today));
            if (outcome.disposed() != null) {
                disposed.add(outcome.disposed());
            } else {
                withheld.add(outcome.withheld());
            }
        }
        Instant executedAt = disposed.stream().map(CertifiedDisposal::executedAt).max(Instant::compareTo).orElse(now);
        String digest = DisposalCertificate.digestOf(batchId, disposed);
        DisposalCertificate certificate = new DisposalCertificate(batchId, disposed, withheld, claimed.approvedBy(),
                claimed.approvedAt(), executor, executedAt, digest);
        return unitOfWork.run("storing executed disposal batch " + batchId, () -> {
            DisposalBatch executed = batches.save(claimed.executedWith(certificate));
            audit.append(executedEvent(executed, executor, now));
            return executed;
        });
    }

    /** What executing one candidate came to: disposed of (certified) or withheld, one of the two. */
    private record Outcome(CertifiedDisposal disposed, WithheldDisposal withheld) {
        static Outcome disposedOf(CertifiedDisposal disposal) {
            return new Outcome(disposal, null);
        }

        static Outcome withheld(String recordId, String reason) {
            return new Outcome(null, new WithheldDisposal(recordId, reason));
        }
    }

    /** Executes one candidate inside its unit; returns the outcome rather than adding to lists, as it may re-run. */
    private Outcome executeOne(DisposalCandidate c, String batchId, String executor, boolean resumed, Instant now,
                               LocalDate today) {
        Optional<RetainedRecord> found = records.find(c.recordId());
        if (found.isEmpty()) {
            return Outcome.withheld(c.recordId(), "the record no longer exists");
        }
        RetainedRecord record = found.get();
        if (record.isDisposed()) {
            Disposal done = record.disposal();
            if (!done.batchId().equals(batchId)) {
                return Outcome.withheld(c.recordId(), "already disposed of by batch " + done.batchId());
            }
            // disposed of by an earlier run of this batch: its entry may not have been written
            if (!audited(c.recordId(), "record.disposed", batchId)) {
                audit.append(disposedEvent(done.executedBy(), now, batchId, c)
                        .withDetail("executedAt", done.executedAt().toString()));
            }
            return Outcome.disposedOf(new CertifiedDisposal(c, done.executedAt()));
        }
        String blocked = blockedNow(record, today);
        if (blocked != null) {
            if (!resumed || !audited(c.recordId(), "disposal.withheld", batchId)) {
                audit.append(AuditEvent.of(executor, "disposal.withheld", now, "record", c.recordId())
                        .withDetail("batch", batchId).withDetail("reason", blocked));
            }
            return Outcome.withheld(c.recordId(), blocked);
        }
        records.save(record.withDisposal(new Disposal(batchId, c.action(), now, executor)));
        audit.append(disposedEvent(executor, now, batchId, c));
        return Outcome.disposedOf(new CertifiedDisposal(c, now));
    }

    /** The batch, if stored. */
    public Optional<DisposalBatch> find(String batchId) {
        return batches.find(batchId);
    }

    /**
     * The batch.
     *
     * @throws NotFoundException if there is no such batch
     */
    public DisposalBatch get(String batchId) {
        return batches.find(batchId).orElseThrow(() -> new NotFoundException(TYPE, batchId));
    }

    /** Batches ordered by id, paged, each as a summary without its candidates. */
    public Page<DisposalBatchSummary> list(PageRequest page) {
        return batches.list(page).map(DisposalBatchSummary::of);
    }

    /**
     * A page of the batch's candidates, in the batch's order (due date, then record id); the cursor is the last
     * record id read.
     *
     * @throws NotFoundException   if there is no such batch
     * @throws ValidationException on {@code after} when the cursor names no candidate of the batch
     */
    public Page<DisposalCandidate> candidates(String batchId, PageRequest page) {
        Objects.requireNonNull(page, "page");
        List<DisposalCandidate> all = get(batchId).candidates();
        int from = 0;
        if (page.afterCursor() != null) {
            from = -1;
            for (int i = 0; i < all.size(); i++) {
                if (all.get(i).recordId().equals(page.afterCursor())) {
                    from = i + 1;
                    break;
                }
            }
            if (from < 0) {
                throw new ValidationException("after", "is not a candidate of disposal batch '" + batchId + "'",
                        page.afterCursor());
            }
        }
        int to = (int) Math.min(all.size(), (long) from + page.limit() + 1);
        return Page.of(all.subList(from, to), page.limit(), DisposalCandidate::recordId);
    }

    private DisposalBatch at(String batchId, long expectedVersion) {
        DisposalBatch batch = get(batchId);
        if (batch.version() != expectedVersion) {
            throw ConflictException.versionMismatch(TYPE, batchId, expectedVersion, batch.version());
        }
        return batch;
    }

    private boolean audited(String recordId, String action, String batchId) {
        return audit.forSubject("record", recordId).stream().map(AuditEntry::event)
                .anyMatch(e -> e.action().equals(action) && batchId.equals(e.details().get("batch")));
    }

    private void auditExecutionIfMissing(DisposalBatch batch, String executor) {
        // a run stopped after the executed batch was stored and before its entry was written
        unitOfWork.execute("auditing executed disposal batch " + batch.id(), () -> {
            boolean written = audit.forSubject(BATCH, batch.id()).stream()
                    .anyMatch(e -> e.event().action().equals("disposal.executed"));
            if (!written) {
                audit.append(executedEvent(batch, batch.certificate().executedBy(), clock.instant()));
            }
        });
    }

    private static AuditEvent disposedEvent(String executor, Instant at, String batchId, DisposalCandidate c) {
        return AuditEvent.of(executor, "record.disposed", at, "record", c.recordId())
                .withDetail("batch", batchId).withDetail("action", c.action().toString())
                .withDetail("entry", c.entry().toString()).withDetail("rule", c.ruleText())
                .withDetail("dueDate", c.dueDate().toString());
    }

    private static AuditEvent executedEvent(DisposalBatch executed, String executor, Instant at) {
        DisposalCertificate certificate = executed.certificate();
        return AuditEvent.of(executor, "disposal.executed", at, BATCH, executed.id())
                .withDetail("disposed", Integer.toString(certificate.disposed().size()))
                .withDetail("withheld", Integer.toString(certificate.withheld().size()))
                .withDetail("digest", certificate.digest())
                .withDetail("approvedBy", executed.approvedBy());
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
