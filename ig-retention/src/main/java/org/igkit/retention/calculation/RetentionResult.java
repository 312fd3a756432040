package org.igkit.retention.calculation;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.Collections;

import org.igkit.core.explain.Explanation;
import org.igkit.retention.hold.LegalHold;
import org.igkit.retention.schedule.DisposalAction;

/**
 * The calculator's answer for one record on one date.
 *
 * @param status        DUE, NOT_YET_DUE, HELD, PENDING or PERMANENT
 * @param dueDate       the first day the action may be taken (after any review), {@code null} when PENDING or PERMANENT
 * @param action        the action then (the entry's, a review's, or RETAIN_PERMANENTLY)
 * @param eligibleNow   due, no hold in force, and not a destruction whose authority is pending
 * @param blockedByHold due, but a hold in force blocks it
 * @param missingFacts  when PENDING: every absent fact whose value could change the outcome, sorted
 * @param holdsInForce  the holds in force on the as-of date, shown even when nothing is due yet
 * @param explanation   the cited steps taken
 */
public record RetentionResult(Status status, LocalDate dueDate, DisposalAction action, boolean eligibleNow,
                              boolean blockedByHold, Set<String> missingFacts, List<LegalHold> holdsInForce,
                              Explanation explanation) {

    public RetentionResult {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(action, "action");
        missingFacts = missingFacts.isEmpty() ? Collections.emptySortedSet()
                : Collections.unmodifiableSortedSet(new TreeSet<>(missingFacts));
        holdsInForce = holdsInForce.isEmpty() ? List.of() : List.copyOf(holdsInForce);
        Objects.requireNonNull(explanation, "explanation");
        if ((dueDate == null) != (status == Status.PENDING || status == Status.PERMANENT)) {
            throw new IllegalArgumentException("a due date is given exactly when the status is not PENDING or PERMANENT");
        }
    }

    /** The due date, unless PENDING or PERMANENT. */
    public Optional<LocalDate> findDueDate() {
        return Optional.ofNullable(dueDate);
    }

    /** True when the due date has come (DUE or HELD). */
    public boolean isDue() {
        return status == Status.DUE || status == Status.HELD;
    }
}
