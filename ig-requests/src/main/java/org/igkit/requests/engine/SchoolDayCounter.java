package org.igkit.requests.engine;

import static org.igkit.requests.engine.Wording.day;
import static org.igkit.requests.engine.Wording.ordinal;

import java.time.LocalDate;
import java.util.Optional;

import org.igkit.core.error.ValidationException;
import org.igkit.requests.calendar.DayIndex;
import org.igkit.requests.calendar.WorkingDays;
import org.igkit.requests.port.SchoolCalendar;
import org.igkit.requests.regime.HolidaySource;
import org.igkit.requests.regime.PeriodUnit;
import org.igkit.requests.regime.Regime;

/**
 * School days: the school's session days alone where the regime skips no bank holidays (pupil information,
 * reg 5), else FOIA working days with a session, with the regime's working-day long stop (SI 2004/3364 reg 3).
 */
final class SchoolDayCounter implements Counter {
    private final SchoolIndexes schools;

    SchoolDayCounter(SchoolIndexes schools) {
        this.schools = schools;
    }

    @Override
    public Count count(Counting c) {
        Regime regime = c.regime();
        WorkingDays wd = WorkingDaySteps.workingDays(c);
        boolean sessionsOnly = regime.holidays() == HolidaySource.NONE;
        LocalDate start = c.timeline().start();
        LocalDate dayZero = start;
        if (sessionsOnly) {
            c.explain().step(() -> "Day 0 is the date of receipt, " + day(start) + "; day 1 is the next school day",
                    regime.mainCitation());
        } else {
            dayZero = WorkingDaySteps.dayZero(c, wd);
        }
        if (c.timeline().isWaiting()) {
            return Count.none();
        }
        WorkingDaySteps.explainDisregarded(c, wd, dayZero);
        SchoolCalendar school = c.query().schoolCalendar();
        DayIndex sessions = schools.of(school, sessionsOnly ? null : wd);
        Optional<LocalDate> bySchoolDays = sessions.findPlus(dayZero, regime.period(), c.timeline().disregarded());
        if (sessionsOnly) {
            LocalDate due = bySchoolDays.orElseThrow(() -> new ValidationException("schoolCalendar", "has fewer than "
                    + regime.period() + " session days after " + start + "; give the next term's dates", school.id()));
            c.explain().step(() -> "Counting " + regime.describePeriod() + " on school calendar '" + school.id()
                    + "' (days with a session: terms, less weekends, bank holidays and closures): the "
                    + ordinal(regime.period()) + " school day is " + day(due), regime.mainCitation());
            return WorkingDaySteps.withExtension(c, wd, dayZero, due, PeriodUnit.SCHOOL_DAYS, sessions);
        }
        int longStop = regime.longStopWorkingDays();
        LocalDate byWorkingDays = wd.plusWorkingDays(dayZero, longStop, c.timeline().disregarded());
        LocalDate due;
        if (bySchoolDays.isPresent() && bySchoolDays.get().isBefore(byWorkingDays)) {
            due = bySchoolDays.get();
            c.explain().step(() -> "The " + ordinal(regime.period()) + " working day that is a school day on calendar '"
                    + school.id() + "' is " + day(due) + ", before the " + ordinal(longStop)
                    + " working day (" + day(byWorkingDays) + "): the earlier applies", regime.mainCitation());
        } else {
            due = byWorkingDays;
            c.explain().step(() -> "The " + ordinal(longStop) + " working day is " + day(byWorkingDays)
                    + (bySchoolDays.map(d -> ", before the " + ordinal(regime.period())
                    + " school day (" + day(d) + ")").orElse(", and calendar '" + school.id()
                    + "' has too few school days to reach the " + ordinal(regime.period())))
                    + ": the earlier applies", regime.mainCitation());
        }
        WorkingDaySteps.explainSkipped(c, wd, dayZero, due, false);
        return WorkingDaySteps.withExtension(c, wd, dayZero, due, PeriodUnit.WORKING_DAYS, wd.index());
    }
}
