package org.igkit.retention.record;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.igkit.core.error.ValidationException;
import org.igkit.retention.calculation.RetentionResult;
import org.igkit.retention.calculation.Status;
import org.igkit.retention.review.Review;
import org.igkit.retention.rule.RecordFacts;
import org.igkit.retention.schedule.EntryRef;

/**
 * A record under retention. Its legal holds live in the {@code LegalHoldRepository} (they are placed and released
 * by other people than the record's owner, often in bulk); its reviews live here. {@code dueDate} and
 * {@code status} are the last computed answer, stored so that "what is due on or before D" is a range query, and
 * recomputed whenever facts, reviews or the schedule change ({@link #withResult(RetentionResult, LocalDate)}).
 *
 * @param id         the record's id in the embedding system
 * @param entry      the schedule entry that governs it
 * @param facts      its date facts and flags
 * @param reviews    its reviews, in the order recorded
 * @param dueDate    the computed due date, {@code null} when PENDING or PERMANENT (or not yet computed)
 * @param status     the computed status as of {@code computedOn}, {@code null} when not yet computed
 * @param computedOn the as-of date of the stored computation, {@code null} when not yet computed
 * @param disposal   how it was disposed of, {@code null} while it exists
 * @param version    the stored version, 0 before the first save
 */
public record RetainedRecord(String id, EntryRef entry, RecordFacts facts, List<Review> reviews, LocalDate dueDate,
                             Status status, LocalDate computedOn, Disposal disposal, long version) {

    public RetainedRecord {
        ValidationException.Collector problems = ValidationException.collector();
        problems.require(id != null && !id.isBlank() && id.length() <= 200, "id", "must be 1 to 200 characters", id);
        problems.require(entry != null, "entry", "is required", null);
        problems.require(facts != null, "facts", "is required", null);
        problems.require(reviews != null, "reviews", "is required (may be empty)", null);
        problems.require((status == null) == (computedOn == null), "computedOn",
                "is given exactly when a status is", computedOn);
        if (status != null) {
            boolean undated = status == Status.PENDING || status == Status.PERMANENT;
            problems.require(undated == (dueDate == null), "dueDate",
                    "is given exactly when the status is not PENDING or PERMANENT", dueDate);
        } else {
            problems.require(dueDate == null, "dueDate", "cannot be given before a status is computed", dueDate);
        }
        problems.require(version >= 0, "version", "must not be negative", version);
        problems.throwIfAny();
        reviews = List.copyOf(reviews);
    }

    /** A new record, not yet computed nor stored. */
    public static RetainedRecord of(String id, EntryRef entry, RecordFacts facts) {
        return new RetainedRecord(id, entry, facts, List.of(), null, null, null, null, 0);
    }

    /** A copy with other facts; the stored answer is kept until recomputed. */
    public RetainedRecord withFacts(RecordFacts newFacts) {
        return new RetainedRecord(id, entry, newFacts, reviews, dueDate, status, computedOn, disposal, version);
    }

    /** A copy with one more review. */
    public RetainedRecord plusReview(Review review) {
        List<Review> more = new ArrayList<>(reviews);
        more.add(review);
        return new RetainedRecord(id, entry, facts, more, dueDate, status, computedOn, disposal, version);
    }

    /** A copy governed by another entry. */
    public RetainedRecord withEntry(EntryRef newEntry) {
        return new RetainedRecord(id, newEntry, facts, reviews, dueDate, status, computedOn, disposal, version);
    }

    /** A copy storing a calculator answer as of {@code asOf}. */
    public RetainedRecord withResult(RetentionResult result, LocalDate asOf) {
        return new RetainedRecord(id, entry, facts, reviews, result.dueDate(), result.status(), asOf, disposal, version);
    }

    /** A copy marked disposed of. */
    public RetainedRecord withDisposal(Disposal done) {
        return new RetainedRecord(id, entry, facts, reviews, dueDate, status, computedOn, done, version);
    }

    /** A copy with the stored version (adapters use it on save). */
    public RetainedRecord withVersion(long newVersion) {
        return new RetainedRecord(id, entry, facts, reviews, dueDate, status, computedOn, disposal, newVersion);
    }

    /** True once disposed of. */
    public boolean isDisposed() {
        return disposal != null;
    }

    /** The stored due date, if dated. */
    public Optional<LocalDate> findDueDate() {
        return Optional.ofNullable(dueDate);
    }

    /** How it was disposed of, if it was. */
    public Optional<Disposal> findDisposal() {
        return Optional.ofNullable(disposal);
    }
}
