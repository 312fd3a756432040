package org.igkit.breach.register;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
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
import org.igkit.core.error.ConflictException;
import org.igkit.core.paging.Page;

/**
 * The breach log as a service (UK GDPR Art 33(5)): every change is made to the stored record the caller last read
 * (its {@code version}), so two people editing the same breach cannot overwrite each other. Thread-safe as long as
 * the repository is.
 */
public final class BreachRegister {
    private final BreachRepository repository;
    private final BreachAssessor assessor;
    private final Clock clock;

    private BreachRegister(BreachRepository repository, BreachAssessor assessor, Clock clock) {
        this.repository = repository;
        this.assessor = assessor;
        this.clock = clock;
    }

    /** A register over {@code repository}, assessing with {@code assessor}; {@code clock} dates closures. */
    public static BreachRegister of(BreachRepository repository, BreachAssessor assessor, Clock clock) {
        return new BreachRegister(Objects.requireNonNull(repository, "repository"),
                Objects.requireNonNull(assessor, "assessor"), Objects.requireNonNull(clock, "clock"));
    }

    /** Logs a new breach with its first assessment; returns the stored record (version 1). */
    public BreachRecord log(String id, String reference, String summary, BreachFacts facts, String assessedBy) {
        BreachAssessment assessment = assessor.assess(facts);
        return repository.save(BreachRecord.open(id, reference, summary,
                RecordedAssessment.of(1, assessedBy, facts, assessment)));
    }

    /** Re-assesses a breach on new facts; the earlier assessments stay in the record. */
    public BreachRecord reassess(String id, long version, BreachFacts facts, String assessedBy) {
        return change(id, version, record -> {
            BreachAssessment assessment = assessor.assess(facts);
            return record.withAssessment(RecordedAssessment.of(record.assessments().size() + 1, assessedBy, facts,
                    assessment));
        });
    }

    /**
     * Records a notification. For the Commissioner, the deadline of the latest assessment applies, and a late
     * notification without reasons for the delay is refused (Art 33(1)).
     */
    public BreachRecord recordNotification(String id, long version, Recipient recipient, OffsetDateTime notifiedAt,
            String reference, String reasonsForDelay) {
        return change(id, version, record -> {
            OffsetDateTime deadline = recipient == Recipient.COMMISSIONER ? record.latest().commissionerDeadline()
                    : null;
            return record.withNotification(new Notification(recipient, notifiedAt, deadline, reference,
                    reasonsForDelay));
        });
    }

    /** Records why the Commissioner is not notified. */
    public BreachRecord recordReasonNotNotifying(String id, long version, String reason) {
        return change(id, version, record -> record.withReasonNotNotifying(reason));
    }

    /** Records a remedial action. */
    public BreachRecord recordAction(String id, long version, String action) {
        return change(id, version, record -> record.withActionTaken(action));
    }

    /** Records the lessons learned. */
    public BreachRecord recordLessonsLearned(String id, long version, String lessons) {
        return change(id, version, record -> record.withLessonsLearned(lessons));
    }

    /** Closes a breach now (per the clock). */
    public BreachRecord close(String id, long version) {
        return change(id, version, record -> record.closedAt(clock.instant()));
    }

    /** The statistics of the breaches the controller became aware of in [{@code from}, {@code to}). */
    public BoardStatistics statistics(Instant fromInclusive, Instant toExclusive) {
        List<BreachRecord> all = Page.all(page -> repository.listAwareBetween(fromInclusive, toExclusive, page))
                .toList();
        return BoardStatistics.of(fromInclusive, toExclusive, all);
    }

    private BreachRecord change(String id, long version, UnaryOperator<BreachRecord> edit) {
        BreachRecord stored = repository.get(id);
        if (stored.version() != version) {
            throw ConflictException.versionMismatch(BreachRecord.TYPE, id, version, stored.version());
        }
        return repository.save(edit.apply(stored));
    }
}
