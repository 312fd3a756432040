package org.igkit.breach.log;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.igkit.breach.facts.BreachType;
import org.igkit.breach.facts.RiskTier;
import org.igkit.core.error.ConflictException;
import org.igkit.core.error.ValidationException;

/**
 * One breach in the log (UK GDPR Art 33(5)): every breach is recorded, reported or not. Immutable: each change
 * returns a copy, which a {@code BreachRepository} stores under optimistic locking. A closed record refuses changes.
 *
 * <p>The canonical constructor takes every field, so an adapter rebuilds a record exactly from storage. Derived
 * values ({@link #awareness()}, {@link #isReportable()}, {@link #latest()}) come from the latest assessment; an
 * adapter that needs them in a query stores them beside the record.
 *
 * @param id                  the record's id (chosen by the caller, e.g. a UUID), not blank
 * @param reference           the organisation's own reference, e.g. "BR-2024-017", not blank
 * @param summary             a one-line description, may be empty
 * @param assessments         the assessments in order, numbered 1, 2, 3 ...; at least one
 * @param notifications       the notifications made, in the order recorded
 * @param reasonNotNotifying  why the Commissioner was not notified, or {@code null} (ICO: record the reason)
 * @param actionsTaken        the remedial actions, in order (Art 33(5): "the remedial action taken")
 * @param lessonsLearned      what the organisation learned, or {@code null}
 * @param status              open or closed
 * @param closedAt            when it was closed, or {@code null} while open
 * @param version             the optimistic-locking version: 0 before the first save
 */
public record BreachRecord(String id, String reference, String summary, List<RecordedAssessment> assessments,
        List<Notification> notifications, String reasonNotNotifying, List<String> actionsTaken, String lessonsLearned,
        BreachStatus status, Instant closedAt, long version) {

    /** The type name used in errors. */
    public static final String TYPE = "breach";

    public BreachRecord {
        ValidationException.Collector problems = ValidationException.collector();
        problems.require(id != null && !id.isBlank(), "id", "must not be blank", id);
        problems.require(reference != null && !reference.isBlank(), "reference", "must not be blank", reference);
        problems.require(assessments != null && !assessments.isEmpty(), "assessments",
                "must hold at least one assessment (every breach is assessed when logged)", null);
        if (assessments != null) {
            for (int i = 0; i < assessments.size(); i++) {
                problems.require(assessments.get(i).number() == i + 1, "assessments[" + i + "].number",
                        "must be " + (i + 1) + " (assessments are numbered in order)", assessments.get(i).number());
            }
        }
        problems.require(status != null, "status", "is required", null);
        problems.require(status != BreachStatus.CLOSED || closedAt != null, "closedAt",
                "is required when the breach is closed", null);
        problems.require(status != BreachStatus.OPEN || closedAt == null, "closedAt",
                "must be absent while the breach is open", closedAt);
        problems.require(version >= 0, "version", "must not be negative", version);
        problems.throwIfAny();
        id = id.strip();
        reference = reference.strip();
        summary = summary == null ? "" : summary.strip();
        assessments = List.copyOf(assessments);
        notifications = notifications == null ? List.of() : List.copyOf(notifications);
        reasonNotNotifying = blankToNull(reasonNotNotifying);
        actionsTaken = actionsTaken == null ? List.of() : List.copyOf(actionsTaken);
        lessonsLearned = blankToNull(lessonsLearned);
    }

    /** A new, unsaved (version 0), open record with its first assessment. */
    public static BreachRecord open(String id, String reference, String summary, RecordedAssessment first) {
        Objects.requireNonNull(first, "first");
        return new BreachRecord(id, reference, summary, List.of(first), List.of(), null, List.of(), null,
                BreachStatus.OPEN, null, 0);
    }

    /** The latest assessment. */
    public RecordedAssessment latest() {
        return assessments.get(assessments.size() - 1);
    }

    /** When the controller became aware, per the latest assessment. */
    public OffsetDateTime awareness() {
        return latest().facts().awareness();
    }

    /** The final risk tier of the latest assessment. */
    public RiskTier riskTier() {
        return latest().finalTier();
    }

    /** True when the latest assessment says the Commissioner must be notified. */
    public boolean isReportable() {
        return latest().notifyCommissioner();
    }

    /** True while the breach is being handled. */
    public boolean isOpen() {
        return status == BreachStatus.OPEN;
    }

    /** True when the breach is of {@code type}, per the latest assessment. */
    public boolean is(BreachType type) {
        return latest().facts().is(type);
    }

    /** The first notification to the Commissioner, if made. */
    public Optional<Notification> findCommissionerNotification() {
        return notifications.stream().filter(n -> n.recipient() == Recipient.COMMISSIONER).findFirst();
    }

    /** True when the Commissioner was notified after the deadline. */
    public boolean isReportedLate() {
        return findCommissionerNotification().map(Notification::isLate).orElse(false);
    }

    /** A copy with a re-assessment added; its number must be the next one. Earlier assessments are kept. */
    public BreachRecord withAssessment(RecordedAssessment next) {
        requireOpen("re-assess");
        if (next.number() != assessments.size() + 1) {
            throw new ValidationException("number", "must be " + (assessments.size() + 1), next.number());
        }
        List<RecordedAssessment> all = new ArrayList<>(assessments);
        all.add(next);
        return new BreachRecord(id, reference, summary, all, notifications, reasonNotNotifying, actionsTaken,
                lessonsLearned, status, closedAt, version);
    }

    /** A copy with a notification added. */
    public BreachRecord withNotification(Notification notification) {
        requireOpen("record a notification on");
        Objects.requireNonNull(notification, "notification");
        List<Notification> all = new ArrayList<>(notifications);
        all.add(notification);
        return new BreachRecord(id, reference, summary, assessments, all, reasonNotNotifying, actionsTaken,
                lessonsLearned, status, closedAt, version);
    }

    /** A copy recording why the Commissioner is not notified. */
    public BreachRecord withReasonNotNotifying(String reason) {
        requireOpen("record a reason on");
        if (reason == null || reason.isBlank()) {
            throw new ValidationException("reasonNotNotifying", "must not be blank", reason);
        }
        return new BreachRecord(id, reference, summary, assessments, notifications, reason, actionsTaken,
                lessonsLearned, status, closedAt, version);
    }

    /** A copy with a remedial action added. */
    public BreachRecord withActionTaken(String action) {
        requireOpen("record an action on");
        if (action == null || action.isBlank()) {
            throw new ValidationException("action", "must not be blank", action);
        }
        List<String> all = new ArrayList<>(actionsTaken);
        all.add(action.strip());
        return new BreachRecord(id, reference, summary, assessments, notifications, reasonNotNotifying, all,
                lessonsLearned, status, closedAt, version);
    }

    /** A copy with the lessons learned. */
    public BreachRecord withLessonsLearned(String lessons) {
        requireOpen("record lessons on");
        if (lessons == null || lessons.isBlank()) {
            throw new ValidationException("lessonsLearned", "must not be blank", lessons);
        }
        return new BreachRecord(id, reference, summary, assessments, notifications, reasonNotNotifying, actionsTaken,
                lessons, status, closedAt, version);
    }

    /**
     * A closed copy. A reportable breach can be closed only once the Commissioner has been notified; one that is not
     * reportable only with the reason for not notifying recorded (ICO: record the reason for the decision).
     */
    public BreachRecord closedAt(Instant when) {
        Objects.requireNonNull(when, "when");
        requireOpen("close");
        if (isReportable() && findCommissionerNotification().isEmpty()) {
            throw new ConflictException(ConflictException.Reason.INVALID_STATE, TYPE + " '" + id
                    + "' is reportable and the Commissioner has not been notified; record the notification first");
        }
        if (!isReportable() && reasonNotNotifying == null && findCommissionerNotification().isEmpty()) {
            throw new ConflictException(ConflictException.Reason.INVALID_STATE, TYPE + " '" + id
                    + "' was not notified: record the reason for not notifying before closing it");
        }
        return new BreachRecord(id, reference, summary, assessments, notifications, reasonNotNotifying, actionsTaken,
                lessonsLearned, BreachStatus.CLOSED, when, version);
    }

    /** The same record at another version; for adapters, which hand back the stored copy. */
    public BreachRecord withVersion(long storedVersion) {
        return new BreachRecord(id, reference, summary, assessments, notifications, reasonNotNotifying, actionsTaken,
                lessonsLearned, status, closedAt, storedVersion);
    }

    private void requireOpen(String action) {
        if (status != BreachStatus.OPEN) {
            throw new ConflictException(ConflictException.Reason.INVALID_STATE,
                    TYPE + " '" + id + "' is closed; cannot " + action + " it");
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
