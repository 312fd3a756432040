package org.igkit.assurance.training;

import java.time.LocalDate;

import org.igkit.core.IdRule;
import org.igkit.core.error.ValidationException;

/**
 * A member of staff completed a course on a day. A fact, identified by {@link #key()}.
 *
 * @param staffId     who
 * @param courseId    which course
 * @param completedOn when
 */
public record Completion(String staffId, String courseId, LocalDate completedOn) {
    public Completion {
        ValidationException.Collector problems = ValidationException.collector();
        IdRule.check(problems, "staffId", staffId);
        IdRule.check(problems, "courseId", courseId);
        problems.require(completedOn != null, "completedOn", "is required", null);
        problems.throwIfAny();
    }

    /** {@code staffId} completed {@code courseId} on {@code completedOn}. */
    public static Completion of(String staffId, String courseId, LocalDate completedOn) {
        return new Completion(staffId, courseId, completedOn);
    }

    /** {@code staff|course|date}: lists are ordered by it, and it is the paging cursor. */
    public String key() {
        return staffId + '|' + courseId + '|' + completedOn;
    }
}
