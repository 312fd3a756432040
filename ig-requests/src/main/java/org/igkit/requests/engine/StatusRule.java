package org.igkit.requests.engine;

import static org.igkit.requests.engine.Wording.day;

import java.time.LocalDate;

import org.igkit.core.explain.Explanation;
import org.igkit.requests.regime.ClockEffect;
import org.igkit.requests.regime.EventType;
import org.igkit.requests.regime.Regime;
import org.igkit.requests.regime.Regimes;

/**
 * Where a request stands as of a date: waiting (paused, or lapsed), closed on time or late, open, due today or
 * overdue, in the count's unit.
 */
final class StatusRule {
    private StatusRule() {
    }

    static Status apply(Counting c, Count count, LocalDate asOf) {
        Timeline timeline = c.timeline();
        Explanation.Builder explain = c.explain();
        if (timeline.isWaiting()) {
            return waiting(c, asOf);
        }
        LocalDate due = count.dueDate();
        LocalDate closedOn = timeline.closedOn();
        if (closedOn != null) {
            if (!closedOn.isAfter(due)) {
                explain.step(() -> "Closed on " + day(closedOn) + ": on time");
                return new Status.ClosedOnTime(closedOn);
            }
            int late = count.unitsBetween(due, closedOn);
            explain.step(() -> "Closed on " + day(closedOn) + ": " + late + " " + count.statusUnit().words() + " late");
            return new Status.ClosedLate(closedOn, late, count.statusUnit());
        }
        if (asOf.isBefore(due)) {
            int remaining = count.unitsBetween(asOf, due);
            explain.step(() -> "As of " + day(asOf) + ": open, " + remaining + " " + count.statusUnit().words()
                    + " remaining up to and including the due date");
            return new Status.Open(remaining, count.statusUnit());
        }
        if (asOf.equals(due)) {
            explain.step(() -> "As of " + day(asOf) + ": due today");
            return new Status.Due(due);
        }
        int late = count.unitsBetween(due, asOf);
        explain.step(() -> "As of " + day(asOf) + ": overdue by " + late + " " + count.statusUnit().words());
        return new Status.Overdue(late, count.statusUnit());
    }

    private static Status waiting(Counting c, LocalDate asOf) {
        Timeline timeline = c.timeline();
        Regime regime = c.regime();
        Explanation.Builder explain = c.explain();
        EventType waitingFor = timeline.waitingFor();
        LocalDate since = timeline.waitingSince();
        LocalDate closedOn = timeline.closedOn();
        if (waitingFor == EventType.FEES_NOTICE) {
            // FOIA s.9(2): the authority need not comply unless the fee is paid within three months
            LocalDate lapses = since.plusMonths(3);
            if (closedOn == null && !asOf.isBefore(lapses)) {
                explain.step(() -> "Fees notice given on " + day(since) + " and not paid within three months: the request "
                        + "lapsed on " + day(lapses), Regimes.FOIA_S9_2);
                return new Status.Lapsed(lapses, "fee not paid within three months of the fees notice");
            }
            explain.step(() -> "Fees notice given on " + day(since) + ": no clock runs until the fee is paid (the request "
                    + "lapses if it is unpaid on " + day(lapses) + ")", Regimes.FOIA_S9_2);
        } else if (waitingFor == EventType.CLARIFICATION_REQUESTED && c.options().unansweredClarification() != null
                && regime.clarification() == ClockEffect.RESTART) {
            LocalDate lapses = since.plus(c.options().unansweredClarification());
            if (closedOn == null && !asOf.isBefore(lapses)) {
                explain.step(() -> "Clarification asked on " + day(since) + " was not answered by " + day(lapses)
                        + ": treated as lapsed (option U12, ICO practice, not statute)");
                return new Status.Lapsed(lapses, "clarification not received");
            }
        }
        String awaiting = awaitingWords(waitingFor);
        if (closedOn != null) {
            explain.step(() -> "Closed on " + day(closedOn) + " while awaiting " + awaiting + ": no deadline was running");
            return new Status.ClosedOnTime(closedOn);
        }
        explain.step(() -> "Awaiting " + awaiting + " asked for on " + day(since) + ": no deadline runs until it arrives"
                + (regime.clarification() == ClockEffect.PAUSE && waitingFor == EventType.CLARIFICATION_REQUESTED
                ? " (the clock is paused)" : ""), regime.rules().restartCitations());
        return new Status.Paused(awaiting, since);
    }

    private static String awaitingWords(EventType request) {
        switch (request) {
            case CLARIFICATION_REQUESTED:
                return "clarification";
            case ID_REQUESTED:
                return "proof of identity";
            case FEE_REQUESTED:
            case FEES_NOTICE:
                return "the fee";
            default:
                return "further information";
        }
    }
}
