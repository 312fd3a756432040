package org.igkit.retention.hold;

import java.time.LocalDate;
import java.util.Optional;

import org.igkit.core.error.ValidationException;

/**
 * A legal hold on a record: in force from {@code placedOn} (inclusive) until {@code releasedOn} (exclusive: a
 * release takes effect on its date). It blocks disposal while in force and never changes the due date.
 *
 * @param id            the hold's id
 * @param recordId      the record held, or {@code null} for a hold given to an ad-hoc calculation
 * @param reason        why, e.g. "Smith v Council: litigation"
 * @param authority     who ordered it (legal services, an inquiry), or {@code null}
 * @param placedOn      the first day in force
 * @param releasedOn    the day it stops being in force, or {@code null} while in force
 * @param releaseReason why it was released, or {@code null} while in force
 * @param version       the stored version, 0 before the first save
 */
public record LegalHold(String id, String recordId, String reason, String authority, LocalDate placedOn,
                        LocalDate releasedOn, String releaseReason, long version) {

    public LegalHold {
        ValidationException.Collector problems = ValidationException.collector();
        problems.require(id != null && !id.isBlank(), "id", "must not be blank", id);
        problems.require(recordId == null || !recordId.isBlank(), "recordId", "must not be blank when given", recordId);
        problems.require(reason != null && !reason.isBlank(), "reason", "must not be blank", reason);
        problems.require(placedOn != null, "placedOn", "is required", null);
        if (placedOn != null && releasedOn != null && releasedOn.isBefore(placedOn)) {
            problems.add("releasedOn", "must be on or after placedOn (" + placedOn + ")", releasedOn);
        }
        problems.require(releasedOn != null || releaseReason == null, "releaseReason",
                "only a released hold has a release reason", releaseReason);
        problems.require(version >= 0, "version", "must not be negative", version);
        problems.throwIfAny();
    }

    /** A hold on a record, in force from {@code placedOn}, not yet stored. */
    public static LegalHold placed(String id, String recordId, String reason, String authority, LocalDate placedOn) {
        return new LegalHold(id, recordId, reason, authority, placedOn, null, null, 0);
    }

    /** A hold as an ad-hoc calculation receives it: id, reason, placed on, released on (or {@code null}). */
    public static LegalHold of(String id, String reason, LocalDate placedOn, LocalDate releasedOn) {
        return new LegalHold(id, null, reason, null, placedOn, releasedOn, null, 0);
    }

    /** A copy released on {@code date} (effective that day) for {@code why}. */
    public LegalHold releasedOn(LocalDate date, String why) {
        if (releasedOn != null) {
            throw new ValidationException("releasedOn", "the hold was already released on " + releasedOn, date);
        }
        if (why == null || why.isBlank()) {
            throw new ValidationException("releaseReason", "a release needs a reason", why);
        }
        return new LegalHold(id, recordId, reason, authority, placedOn, date, why, version);
    }

    /** A copy on another record (bulk placement uses one template per record). */
    public LegalHold onRecord(String heldRecordId, String holdId) {
        return new LegalHold(holdId, heldRecordId, reason, authority, placedOn, releasedOn, releaseReason, version);
    }

    /** A copy with the stored version (adapters use it on save). */
    public LegalHold withVersion(long newVersion) {
        return new LegalHold(id, recordId, reason, authority, placedOn, releasedOn, releaseReason, newVersion);
    }

    /** True when the hold is in force on {@code date}: {@code placedOn <= date < releasedOn}. */
    public boolean isInForceOn(LocalDate date) {
        return !date.isBefore(placedOn) && (releasedOn == null || date.isBefore(releasedOn));
    }

    /** True once released (whatever the date). */
    public boolean isReleased() {
        return releasedOn != null;
    }

    /** The release date, if released. */
    public Optional<LocalDate> findReleasedOn() {
        return Optional.ofNullable(releasedOn);
    }

    /** The record held, if attached to one. */
    public Optional<String> findRecordId() {
        return Optional.ofNullable(recordId);
    }
}
