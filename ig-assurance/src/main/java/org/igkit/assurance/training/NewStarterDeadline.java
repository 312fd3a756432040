package org.igkit.assurance.training;

import java.time.LocalDate;
import java.time.Period;
import java.util.Objects;

import org.igkit.assurance.staff.StaffMember;
import org.igkit.core.error.ValidationException;

/**
 * When a new starter must first complete a course: a period after the start date, or by the end of probation (S4
 * 9.3: "before they can pass their probation period"). Either way no later than the first access to personal data
 * (ICO: induction before staff may process personal information).
 */
public sealed interface NewStarterDeadline {

    /** The date {@code member} must have completed the course by. */
    LocalDate dueFor(StaffMember member);

    /** Within {@code period} of the start date. */
    static NewStarterDeadline afterStart(Period period) {
        return new AfterStart(period);
    }

    /** By the end of probation (the start date when no probation is recorded). */
    static NewStarterDeadline byProbationEnd() {
        return new ByProbationEnd();
    }

    /** A period after the start. */
    record AfterStart(Period period) implements NewStarterDeadline {
        public AfterStart {
            if (period == null || period.isNegative()) {
                throw new ValidationException("period", "must be a period of 0 days or more", period);
            }
        }

        @Override
        public LocalDate dueFor(StaffMember member) {
            return capped(member, member.startedOn().plus(period));
        }
    }

    /** The end of probation. */
    record ByProbationEnd() implements NewStarterDeadline {
        @Override
        public LocalDate dueFor(StaffMember member) {
            return capped(member, member.findProbationEndsOn().orElse(member.startedOn()));
        }
    }

    private static LocalDate capped(StaffMember member, LocalDate due) {
        Objects.requireNonNull(due, "due");
        return member.findFirstAccessOn().filter(first -> first.isBefore(due)).orElse(due);
    }
}
