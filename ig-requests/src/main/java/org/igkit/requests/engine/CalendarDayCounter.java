package org.igkit.requests.engine;

import static org.igkit.requests.engine.Wording.day;

import java.time.LocalDate;

import org.igkit.requests.regime.PeriodUnit;
import org.igkit.requests.regime.Regime;

/** A period of calendar days with no roll-forward (AHRA 1990 s.3(5), read per option U8). */
final class CalendarDayCounter implements Counter {
    @Override
    public Count count(Counting c) {
        if (c.timeline().isWaiting()) {
            return Count.none();
        }
        Regime regime = c.regime();
        LocalDate start = c.timeline().start();
        boolean beginningWith = c.options().ahraPeriod() == DeadlineOptions.AhraPeriod.BEGINNING_WITH_APPLICATION;
        LocalDate due = start.plusDays(beginningWith ? regime.period() - 1L : regime.period());
        c.explain().step(() -> beginningWith
                ? "The period of " + regime.period() + " days begins with " + day(start) + " (day 1) and ends on "
                + day(due) + "; the Act has no weekend roll-forward"
                : "Counting " + regime.period() + " days after " + day(start) + " (option U8) gives " + day(due),
                regime.mainCitation());
        return new Count(due, due, due, PeriodUnit.CALENDAR_DAYS, null, false);
    }
}
