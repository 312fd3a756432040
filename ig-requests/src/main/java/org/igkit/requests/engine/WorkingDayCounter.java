package org.igkit.requests.engine;

import static org.igkit.requests.engine.Wording.day;
import static org.igkit.requests.engine.Wording.ordinal;

import java.time.LocalDate;

import org.igkit.requests.calendar.WorkingDays;
import org.igkit.requests.regime.PeriodUnit;

/** The Nth working day following day 0, skipping disregarded fees windows (FOIA s.10, EIR, FOISA, RPSI). */
final class WorkingDayCounter implements Counter {
    @Override
    public Count count(Counting c) {
        WorkingDays wd = WorkingDaySteps.workingDays(c);
        LocalDate dayZero = WorkingDaySteps.dayZero(c, wd);
        if (c.timeline().isWaiting()) {
            return Count.none();
        }
        WorkingDaySteps.explainDisregarded(c, wd, dayZero);
        int period = c.regime().period();
        LocalDate due = wd.plusWorkingDays(dayZero, period, c.timeline().disregarded());
        WorkingDaySteps.explainSkipped(c, wd, dayZero, due, true);
        c.explain().step(() -> "Due: the " + ordinal(period) + " working day after day 0 is " + day(due),
                c.regime().mainCitation());
        return WorkingDaySteps.withExtension(c, wd, dayZero, due, PeriodUnit.WORKING_DAYS, wd.index());
    }
}
