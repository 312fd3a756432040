package org.igkit.rest.console.calculator;

import org.igkit.requests.engine.Status;
import org.igkit.rest.console.Answers;

/** Where a request stands, in words for a page ("Open: 12 working days left"). */
final class StatusWords {
    private StatusWords() {
    }

    static String of(Status status) {
        if (status instanceof Status.Open) {
            Status.Open open = (Status.Open) status;
            return "Open: " + open.remaining() + " " + open.unit().words() + " left";
        }
        if (status instanceof Status.Paused) {
            Status.Paused paused = (Status.Paused) status;
            return "Paused since " + Answers.date(paused.since()) + ", waiting for " + paused.awaiting();
        }
        if (status instanceof Status.Due) {
            return "Due today";
        }
        if (status instanceof Status.Overdue) {
            Status.Overdue late = (Status.Overdue) status;
            return "Overdue by " + late.late() + " " + late.unit().words();
        }
        if (status instanceof Status.Lapsed) {
            Status.Lapsed lapsed = (Status.Lapsed) status;
            return "Lapsed on " + Answers.date(lapsed.on()) + ": " + lapsed.reason();
        }
        if (status instanceof Status.ClosedOnTime) {
            return "Closed on time on " + Answers.date(((Status.ClosedOnTime) status).closedOn());
        }
        Status.ClosedLate late = (Status.ClosedLate) status;
        return "Closed late on " + Answers.date(late.closedOn()) + ", " + late.late() + " " + late.unit().words()
                + " after the deadline";
    }
}
