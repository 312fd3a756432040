package org.igkit.retention.schedule;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.igkit.core.error.ValidationException;
import org.igkit.core.explain.Citation;
import org.igkit.retention.rule.RetentionRule;

/**
 * One version of one line of a retention schedule.
 *
 * @param id            the entry's id within its schedule, stable across versions
 * @param classRef      the class of records it covers, in the organisation's file plan (e.g. "1.1.3")
 * @param title         the records it covers, e.g. "Pupil's educational record"
 * @param rule          when the action may be taken
 * @param action        what is then done
 * @param sourceWording the schedule's own wording, verbatim (e.g. "Current financial year + 6 years")
 * @param citations     the instruments behind the rule, cited in every explanation
 * @param effectiveFrom the first day this version applies
 * @param effectiveTo   the last day it applies, or {@code null} while current
 * @param authority     whether disposal is authorised
 * @param verified      false where the wording was not checked against the source's current edition
 */
public record ScheduleEntry(String id, String classRef, String title, RetentionRule rule, DisposalAction action,
                            String sourceWording, List<Citation> citations, LocalDate effectiveFrom,
                            LocalDate effectiveTo, AuthorityStatus authority, boolean verified) {

    /** The id ad-hoc calculations use, with no stored schedule. */
    public static final String AD_HOC_ID = "ad-hoc";
    private static final LocalDate BEGINNING = LocalDate.of(1900, 1, 1);

    public ScheduleEntry {
        ValidationException.Collector problems = ValidationException.collector();
        EntryRef.requireId(problems, "id", id);
        problems.require(classRef != null, "classRef", "is required (may be empty)", null);
        problems.require(title != null && !title.isBlank(), "title", "must not be blank", title);
        problems.require(rule != null, "rule", "is required", null);
        problems.require(action != null, "action", "is required", null);
        problems.require(sourceWording != null, "sourceWording", "is required (may be empty)", null);
        problems.require(citations != null, "citations", "is required (may be empty)", null);
        problems.require(effectiveFrom != null, "effectiveFrom", "is required", null);
        problems.require(authority != null, "authority", "is required (APPROVED or PENDING)", null);
        if (effectiveFrom != null && effectiveTo != null && effectiveTo.isBefore(effectiveFrom)) {
            problems.add("effectiveTo", "must be on or after effectiveFrom (" + effectiveFrom + ")", effectiveTo);
        }
        problems.throwIfAny();
        citations = List.copyOf(citations);
    }

    /** A current, approved, verified entry with no citations: for tests and ad-hoc use. */
    public static ScheduleEntry of(String id, String title, RetentionRule rule, DisposalAction action) {
        return new ScheduleEntry(id, "", title, rule, action, rule.toText(), List.of(), BEGINNING, null,
                AuthorityStatus.APPROVED, true);
    }

    /** The entry an ad-hoc calculation uses: a rule and an action, approved, no schedule behind it. */
    public static ScheduleEntry adHoc(RetentionRule rule, DisposalAction action) {
        return of(AD_HOC_ID, "ad-hoc rule", rule, action);
    }

    /** A copy with these citations. */
    public ScheduleEntry withCitations(List<Citation> newCitations) {
        return new ScheduleEntry(id, classRef, title, rule, action, sourceWording, newCitations, effectiveFrom,
                effectiveTo, authority, verified);
    }

    /** A copy with another rule (a proposed new version, for an impact report). */
    public ScheduleEntry withRule(RetentionRule newRule) {
        return new ScheduleEntry(id, classRef, title, newRule, action, sourceWording, citations, effectiveFrom,
                effectiveTo, authority, verified);
    }

    /** A copy with another disposal authority status. */
    public ScheduleEntry withAuthority(AuthorityStatus newAuthority) {
        return new ScheduleEntry(id, classRef, title, rule, action, sourceWording, citations, effectiveFrom,
                effectiveTo, newAuthority, verified);
    }

    /** A copy valid over another range. */
    public ScheduleEntry withEffective(LocalDate from, LocalDate toInclusive) {
        return new ScheduleEntry(id, classRef, title, rule, action, sourceWording, citations, from, toInclusive,
                authority, verified);
    }

    /** True when this version applies on {@code date}. */
    public boolean isEffectiveOn(LocalDate date) {
        return !date.isBefore(effectiveFrom) && (effectiveTo == null || !date.isAfter(effectiveTo));
    }

    /** The last day of validity, if this version has been superseded. */
    public Optional<LocalDate> findEffectiveTo() {
        return Optional.ofNullable(effectiveTo);
    }

    /** True when disposal is not yet authorised. */
    public boolean isAuthorityPending() {
        return authority == AuthorityStatus.PENDING;
    }

    /** The reference of this entry within schedule {@code scheduleId}. */
    public EntryRef refIn(String scheduleId) {
        return EntryRef.of(scheduleId, id);
    }
}
