package org.igkit.breach.register;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.UnaryOperator;

import org.igkit.breach.assessment.BreachAssessment;
import org.igkit.breach.assessment.BreachAssessor;
import org.igkit.breach.facts.BreachFacts;
import org.igkit.breach.log.BreachRecord;
import org.igkit.breach.log.Notification;
import org.igkit.breach.log.RecordedAssessment;
import org.igkit.breach.log.Recipient;
import org.igkit.breach.port.BreachRepository;
import org.igkit.core.IdRule;
import org.igkit.core.audit.AuditEvent;
import org.igkit.core.error.ConflictException;
import org.igkit.core.paging.Page;
import org.igkit.core.paging.PageRequest;
import org.igkit.core.port.AuditLog;
import org.igkit.core.port.UnitOfWork;

/**
 * The breach log as a service (UK GDPR Art 33(5)), and the only way to change it: every change is audited with the
 * same action names whoever calls it, and every change is made to the stored record the caller last read
 * (its {@code version}), so two people editing the same breach cannot overwrite each other. Thread-safe as long as
 * the repository is.
 */
public final class BreachRegister {
    /** The audit action of a breach logged. */
    public static final String LOGGED = "breach.logged";
    /** The audit action of a breach re-assessed. */
    public static final String REASSESSED = "breach.reassessed";
    /** The audit action of a notification recorded. */
    public static final String NOTIFIED = "breach.notified";
    /** The audit action of the reason for not notifying the Commissioner recorded. */
    public static final String NOT_NOTIFYING = "breach.not-notifying";
    /** The audit action of a remedial action recorded. */
    public static final String ACTION = "breach.action";
    /** The audit action of the lessons learned recorded. */
    public static final String LESSONS_LEARNED = "breach.lessons-learned";
    /** The audit action of a breach closed. */
    public static final String CLOSED = "breach.closed";
    /** The actor recorded by the methods that take none. */
    public static final String UNNAMED_ACTOR = "system";

    private final BreachRepository repository;
    private final BreachAssessor assessor;
    private final AuditLog auditLog;
    private final UnitOfWork unitOfWork;
    private final Clock clock;

    private BreachRegister(BreachRepository repository, BreachAssessor assessor, AuditLog auditLog,
                           UnitOfWork unitOfWork, Clock clock) {
        this.repository = repository;
        this.assessor = assessor;
        this.auditLog = auditLog;
        this.unitOfWork = unitOfWork;
        this.clock = clock;
    }

    /**
     * A register over {@code repository}, assessing with {@code assessor}, auditing every change in
     * {@code auditLog}, each change and its entry in one unit of {@code unitOfWork} (the store's, so that they
     * commit together); {@code clock} dates closures and audit events.
     */
    public static BreachRegister of(BreachRepository repository, BreachAssessor assessor, AuditLog auditLog,
                                    UnitOfWork unitOfWork, Clock clock) {
        return new BreachRegister(Objects.requireNonNull(repository, "repository"),
                Objects.requireNonNull(assessor, "assessor"), Objects.requireNonNull(auditLog, "auditLog"),
                Objects.requireNonNull(unitOfWork, "unitOfWork"), Objects.requireNonNull(clock, "clock"));
    }

    /**
     * A register over ports held in memory ({@link UnitOfWork#serialised()}: changes run one at a time, nothing
     * is rolled back). Over a database pass its unit of work to
     * {@link #of(BreachRepository, BreachAssessor, AuditLog, UnitOfWork, Clock)}, or a crash between a change and
     * its entry leaves the change unaudited.
     */
    public static BreachRegister of(BreachRepository repository, BreachAssessor assessor, AuditLog auditLog,
                                    Clock clock) {
        return of(repository, assessor, auditLog, UnitOfWork.serialised(), clock);
    }

    /**
     * Logs a new breach with its first assessment and audits {@value #LOGGED} by {@code assessedBy}; returns the
     * stored record (version 1).
     */
    public BreachRecord log(String id, String reference, String summary, BreachFacts facts, String assessedBy) {
        Objects.requireNonNull(assessedBy, "assessedBy");
        IdRule.require("id", id);
        BreachAssessment assessment = assessor.assess(facts);
        BreachRecord logged = BreachRecord.open(id, reference, summary,
                RecordedAssessment.of(1, assessedBy, facts, assessment));
        return unitOfWork.run("logging breach " + id, () -> {
            BreachRecord stored = repository.save(logged);
            audit(assessedBy, LOGGED, stored.id(), Map.of("reference", String.valueOf(stored.reference())));
            return stored;
        });
    }

    /** Re-assesses a breach on new facts; the earlier assessments stay in the record. Audits {@value #REASSESSED}. */
    public BreachRecord reassess(String id, long version, BreachFacts facts, String assessedBy) {
        Objects.requireNonNull(assessedBy, "assessedBy");
        return change(id, version, assessedBy, REASSESSED, Map.of(), record -> {
            BreachAssessment assessment = assessor.assess(facts);
            return record.withAssessment(RecordedAssessment.of(record.assessments().size() + 1, assessedBy, facts,
                    assessment));
        });
    }

    /** The stored record. */
    public BreachRecord get(String id) {
        return repository.get(id);
    }

    /**
     * The pre-filled report to the Commissioner of the stored breach {@code id}, from its latest assessment's facts.
     * The form is filled by the same assessor that logs breaches rather than stored with the record, so a report is
     * never out of step with the form the assessor fills today; the facts, which are stored, are what it is filled
     * from. Reading changes nothing and audits nothing.
     *
     * @throws org.igkit.core.error.NotFoundException when no breach has that id
     */
    public BreachReport report(String id) {
        BreachRecord record = repository.get(id);
        RecordedAssessment latest = record.latest();
        BreachAssessment assessment = assessor.assess(latest.facts());
        return new BreachReport(record.id(), record.reference(), latest.number(), latest.assessedAt(),
                assessment.report(), assessment.checklist());
    }

    /** Open breaches, a page at a time. */
    public Page<BreachRecord> listOpen(PageRequest page) {
        return repository.listOpen(page);
    }

    /** Breaches the controller became aware of in [{@code from}, {@code to}), a page at a time. */
    public Page<BreachRecord> listAwareBetween(Instant fromInclusive, Instant toExclusive, PageRequest page) {
        return repository.listAwareBetween(fromInclusive, toExclusive, page);
    }

    /**
     * Records a notification. For the Commissioner, the deadline of the latest assessment applies, and a late
     * notification without reasons for the delay is refused (Art 33(1)).
     */
    public BreachRecord recordNotification(String id, long version, Recipient recipient, OffsetDateTime notifiedAt,
            String reference, String reasonsForDelay) {
        return recordNotification(id, version, recipient, notifiedAt, reference, reasonsForDelay, UNNAMED_ACTOR);
    }

    /** {@link #recordNotification(String, long, Recipient, OffsetDateTime, String, String)} by {@code actor}. */
    public BreachRecord recordNotification(String id, long version, Recipient recipient, OffsetDateTime notifiedAt,
            String reference, String reasonsForDelay, String actor) {
        Objects.requireNonNull(recipient, "recipient");
        return change(id, version, actor, NOTIFIED, Map.of("recipient", recipient.name()), record -> {
            OffsetDateTime deadline = recipient == Recipient.COMMISSIONER ? record.latest().commissionerDeadline()
                    : null;
            return record.withNotification(new Notification(recipient, notifiedAt, deadline, reference,
                    reasonsForDelay));
        });
    }

    /** Records why the Commissioner is not notified. */
    public BreachRecord recordReasonNotNotifying(String id, long version, String reason) {
        return recordReasonNotNotifying(id, version, reason, UNNAMED_ACTOR);
    }

    /** {@link #recordReasonNotNotifying(String, long, String)} by {@code actor}. */
    public BreachRecord recordReasonNotNotifying(String id, long version, String reason, String actor) {
        return change(id, version, actor, NOT_NOTIFYING, Map.of(), record -> record.withReasonNotNotifying(reason));
    }

    /** Records a remedial action. */
    public BreachRecord recordAction(String id, long version, String action) {
        return recordAction(id, version, action, UNNAMED_ACTOR);
    }

    /** {@link #recordAction(String, long, String)} by {@code actor}. */
    public BreachRecord recordAction(String id, long version, String action, String actor) {
        return change(id, version, actor, ACTION, Map.of(), record -> record.withActionTaken(action));
    }

    /** Records the lessons learned. */
    public BreachRecord recordLessonsLearned(String id, long version, String lessons) {
        return recordLessonsLearned(id, version, lessons, UNNAMED_ACTOR);
    }

    /** {@link #recordLessonsLearned(String, long, String)} by {@code actor}. */
    public BreachRecord recordLessonsLearned(String id, long version, String lessons, String actor) {
        return change(id, version, actor, LESSONS_LEARNED, Map.of(), record -> record.withLessonsLearned(lessons));
    }

    /** Closes a breach now (per the clock). */
    public BreachRecord close(String id, long version) {
        return close(id, version, UNNAMED_ACTOR);
    }

    /** {@link #close(String, long)} by {@code actor}. */
    public BreachRecord close(String id, long version, String actor) {
        return change(id, version, actor, CLOSED, Map.of(), record -> record.closedAt(clock.instant()));
    }

    /** The statistics of the breaches the controller became aware of in [{@code from}, {@code to}). */
    public BoardStatistics statistics(Instant fromInclusive, Instant toExclusive) {
        List<BreachRecord> all = Page.all(page -> repository.listAwareBetween(fromInclusive, toExclusive, page))
                .toList();
        return BoardStatistics.of(fromInclusive, toExclusive, all);
    }

    private BreachRecord change(String id, long version, String actor, String action, Map<String, String> details,
                                UnaryOperator<BreachRecord> edit) {
        Objects.requireNonNull(actor, "actor");
        return unitOfWork.run("recording " + action + " of breach " + id, () -> {
            BreachRecord stored = repository.get(id);
            if (stored.version() != version) {
                throw ConflictException.versionMismatch(BreachRecord.TYPE, id, version, stored.version());
            }
            BreachRecord saved = repository.save(edit.apply(stored));
            audit(actor, action, id, details);
            return saved;
        });
    }

    private void audit(String actor, String action, String id, Map<String, String> details) {
        auditLog.append(new AuditEvent(actor, action, clock.instant(), BreachRecord.TYPE, id, details));
    }
}
