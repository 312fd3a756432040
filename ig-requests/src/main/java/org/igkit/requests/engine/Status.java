package org.igkit.requests.engine;

import java.time.LocalDate;
import java.util.Objects;

import org.igkit.requests.regime.PeriodUnit;

/**
 * Where a request stands as of a date. {@link #code()} is a stable snake_case id for adapters.
 */
public sealed interface Status {

    /** "open", "paused", "due", "overdue", "lapsed", "closed_on_time", "closed_late". */
    String code();

    /** Open, with {@code remaining} units left after the status date, up to and including the due date. */
    record Open(int remaining, PeriodUnit unit) implements Status {
        public Open {
            Objects.requireNonNull(unit, "unit");
        }

        @Override
        public String code() {
            return "open";
        }
    }

    /** No clock runs: the authority waits for {@code awaiting} (a clarification, identity, a fee) since {@code since}. */
    record Paused(String awaiting, LocalDate since) implements Status {
        public Paused {
            Objects.requireNonNull(awaiting, "awaiting");
            Objects.requireNonNull(since, "since");
        }

        @Override
        public String code() {
            return "paused";
        }
    }

    /** Today is the due date. */
    record Due(LocalDate dueDate) implements Status {
        public Due {
            Objects.requireNonNull(dueDate, "dueDate");
        }

        @Override
        public String code() {
            return "due";
        }
    }

    /** Past the due date by {@code late} units. */
    record Overdue(int late, PeriodUnit unit) implements Status {
        public Overdue {
            Objects.requireNonNull(unit, "unit");
        }

        @Override
        public String code() {
            return "overdue";
        }
    }

    /** The request lapsed on {@code on} (a FOIA fee unpaid three months after the notice, spec U12 by option). */
    record Lapsed(LocalDate on, String reason) implements Status {
        public Lapsed {
            Objects.requireNonNull(on, "on");
            Objects.requireNonNull(reason, "reason");
        }

        @Override
        public String code() {
            return "lapsed";
        }
    }

    /** Closed on or before the due date. */
    record ClosedOnTime(LocalDate closedOn) implements Status {
        public ClosedOnTime {
            Objects.requireNonNull(closedOn, "closedOn");
        }

        @Override
        public String code() {
            return "closed_on_time";
        }
    }

    /** Closed {@code late} units after the due date. */
    record ClosedLate(LocalDate closedOn, int late, PeriodUnit unit) implements Status {
        public ClosedLate {
            Objects.requireNonNull(closedOn, "closedOn");
            Objects.requireNonNull(unit, "unit");
        }

        @Override
        public String code() {
            return "closed_late";
        }
    }
}
