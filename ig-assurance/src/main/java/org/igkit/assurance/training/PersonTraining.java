package org.igkit.assurance.training;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One person's training standing on a day.
 *
 * @param staffId        who
 * @param team           their team
 * @param standing       compliant, not compliant, induction pending or not counted
 * @param missingCourses the required courses with no valid completion, in id order
 * @param nextExpiry     the first day one of their valid completions lapses, or {@code null}
 * @param inductionDueOn for a new starter, the date induction is due; otherwise {@code null}
 */
public record PersonTraining(String staffId, String team, Standing standing, List<String> missingCourses,
        LocalDate nextExpiry, LocalDate inductionDueOn) {
    /** Where a person stands. */
    public enum Standing {
        /** Every required course is valid. */
        COMPLIANT,
        /** A required course has no valid completion. */
        NON_COMPLIANT,
        /** A new starter whose induction deadline has not passed: not in scope yet. */
        INDUCTION_PENDING,
        /** Not employed on the day, or excluded (long-term absence): not in scope. */
        NOT_COUNTED
    }

    public PersonTraining {
        Objects.requireNonNull(staffId, "staffId");
        Objects.requireNonNull(standing, "standing");
        missingCourses = List.copyOf(missingCourses);
    }

    /** True when the person counts in the denominator. */
    public boolean isInScope() {
        return standing == Standing.COMPLIANT || standing == Standing.NON_COMPLIANT;
    }
}
