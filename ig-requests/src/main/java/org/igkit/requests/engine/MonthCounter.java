package org.igkit.requests.engine;

import static org.igkit.requests.engine.Wording.day;
import static org.igkit.requests.engine.Wording.describeHolidays;
import static org.igkit.requests.engine.Wording.weekday;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.igkit.core.explain.Citation;
import org.igkit.requests.calendar.BankHolidayCalendar;
import org.igkit.requests.calendar.DateRange;
import org.igkit.requests.calendar.Division;
import org.igkit.requests.calendar.NonWorkingDay;
import org.igkit.requests.calendar.WorkingDayRule;
import org.igkit.requests.calendar.WorkingDays;
import org.igkit.requests.regime.DayZero;
import org.igkit.requests.regime.ExtensionLength;
import org.igkit.requests.regime.PeriodUnit;
import org.igkit.requests.regime.Regime;
import org.igkit.requests.regime.Regimes;

/**
 * Calendar months to the corresponding date (UK GDPR Art 12(3), DPA 2018 s.54), with clarification pauses added
 * and the end rolled to the controller's next working day.
 */
final class MonthCounter implements Counter {
    private static final Citation ICO_SAR_ROLL = Regimes.ICO_SAR_GUIDANCE
            .withNote("a deadline on a weekend or public holiday moves to the next working day");

    @Override
    public Count count(Counting c) {
        DeadlineOptions options = c.options();
        Regime regime = c.regime();
        LocalDate start = c.timeline().start();
        WorkingDayRule rule = options.sarRollForward() == DeadlineOptions.SarRollForward.ANY_UK_DIVISION
                ? WorkingDayRule.ANY_UK_DIVISION : WorkingDayRule.of(Division.of(c.query().nation()));
        WorkingDays wd = c.calendar().workingDays(rule);
        DeadlineOptions.MonthReading reading = reading(regime, options);
        switch (reading) {
            case DAY_AFTER_RECEIPT:
                c.explain().step(() -> "The month runs from the day after " + day(start) + " to the corresponding date",
                        regime.mainCitation());
                break;
            case BEGINNING_WITH:
                c.explain().step(() -> "The month begins with " + day(start) + " and ends the day before the corresponding "
                        + "date (option U4)", regime.mainCitation());
                break;
            default:
                c.explain().step(() -> "The month starts on the day of receipt, " + day(start) + ", even if that is not a "
                        + "working day, and ends at the end of the corresponding date in the next month (or the "
                        + "last day of that month if shorter)", regime.citations());
                break;
        }
        if (c.timeline().isWaiting()) {
            return Count.none();
        }
        int paused = pausedDays(c);
        LocalDate initial = applyPauseAndRoll(c, wd, monthEnd(reading, start, 1), paused, true);
        LocalDate current = initial;
        LocalDate latest = initial;
        if (regime.isExtendable()) {
            latest = applyPauseAndRoll(c, wd, monthEnd(reading, start, regime.extendedPeriod()), paused, false);
            WorkingDaySteps.checkExtensionInPeriod(regime, c.timeline(), initial);
            LocalDate extendedOn = c.timeline().extendedOn();
            LocalDate extended = latest;
            ExtensionLength length = c.timeline().extensionLength();
            if (extendedOn != null && length != null) {
                LocalDate chosen = ChosenExtension.inMonths(c, initial, latest, length,
                        months -> applyPauseAndRoll(c, wd, monthEnd(reading, start, months), paused, false));
                current = chosen;
                c.explain().step(() -> "Extension notified on " + day(extendedOn) + " " + ChosenExtension.describe(length)
                        + ": the deadline becomes " + day(chosen) + ", within the most the regime allows, "
                        + day(extended), regime.extensionCitations());
            } else if (extendedOn != null) {
                current = latest;
                c.explain().step(() -> "Extension notified on " + day(extendedOn) + ": the deadline is three months "
                        + "from the start, " + day(extended), regime.extensionCitations());
            } else {
                c.explain().step(() -> "With an extension (complex or numerous requests, notified within the month) the "
                        + "latest date would be " + day(extended), regime.extensionCitations());
            }
        }
        return new Count(current, initial, latest, PeriodUnit.CALENDAR_DAYS, null,
                c.calendar().isProjectedAnywhere(start, latest));
    }

    private static DeadlineOptions.MonthReading reading(Regime regime, DeadlineOptions options) {
        if (regime.rules().monthReadingByOption()) {
            return options.part3MonthReading();
        }
        return regime.dayZero() == DayZero.DAY_AFTER_RECEIPT ? DeadlineOptions.MonthReading.DAY_AFTER_RECEIPT
                : DeadlineOptions.MonthReading.CORRESPONDING_DATE;
    }

    private static LocalDate monthEnd(DeadlineOptions.MonthReading reading, LocalDate start, int months) {
        switch (reading) {
            case DAY_AFTER_RECEIPT:
                return start.plusDays(1).plusMonths(months);
            case BEGINNING_WITH:
                return start.plusMonths(months).minusDays(1);
            default:
                return start.plusMonths(months);
        }
    }

    private static int pausedDays(Counting c) {
        LocalDate start = c.timeline().start();
        boolean exclusive = c.options().sarPauseCounting() == DeadlineOptions.PauseCounting.EXCLUSIVE;
        int total = 0;
        for (DateRange pause : c.timeline().pauses()) {
            if (pause.endInclusive().isBefore(start)) {
                continue;
            }
            LocalDate from = pause.startInclusive().isAfter(start) ? pause.startInclusive() : start;
            int inclusive = (int) ChronoUnit.DAYS.between(from, pause.endInclusive()) + 1;
            int days = exclusive ? Math.max(0, inclusive - 2) : inclusive;
            total += days;
            c.explain().step(() -> "Clarification asked on " + day(pause.startInclusive()) + " and received on "
                    + day(pause.endInclusive()) + ": " + days + " days do not count"
                    + (exclusive ? " (only the days between, option U3)" : " (both days included)"),
                    c.regime().rules().pauseCitations());
        }
        return total;
    }

    private static String monthEnds(LocalDate raw, int paused, LocalDate target) {
        return "The month ends on " + day(raw) + (paused > 0 ? "; with " + paused + " paused days added, " + day(target)
                : "");
    }

    private static LocalDate applyPauseAndRoll(Counting c, WorkingDays wd, LocalDate raw, int paused, boolean explainIt) {
        LocalDate base = raw;
        if (paused > 0 && c.options().sarPauseAppliedTo() == DeadlineOptions.PauseAppliedTo.ROLLED_DUE_DATE) {
            base = wd.nextWorkingDayOnOrAfter(raw);
        }
        LocalDate target = base.plusDays(paused);
        LocalDate rolled = wd.nextWorkingDayOnOrAfter(target);
        if (!explainIt) {
            return rolled;
        }
        if (rolled.equals(target)) {
            c.explain().step(() -> monthEnds(raw, paused, target) + ", a working day: due by the end of that day",
                    c.regime().mainCitation());
            return rolled;
        }
        BankHolidayCalendar calendar = c.calendar();
        List<Citation> citations = List.of(ICO_SAR_ROLL, wd.rule().holidayCitation());
        c.explain().step(() -> monthEnds(raw, paused, target) + ", which is "
                + (WorkingDays.weekendDaysBetween(target.minusDays(1), target) > 0 ? "a " + weekday(target)
                : describeHolidays(calendar.holidaysOn(target), wd.rule()))
                + ": the deadline moves to the end of the next working day "
                + "in " + (wd.rule() == WorkingDayRule.ANY_UK_DIVISION ? "any part of the UK (option U2)"
                : wd.rule().divisions().iterator().next().displayName()) + ", " + day(rolled), citations);
        for (NonWorkingDay skipped : wd.holidaysBetween(target.minusDays(1), rolled)) {
            if (!skipped.date().equals(target)) {
                WorkingDaySteps.explainHoliday(c, skipped, wd.rule());
            }
        }
        return rolled;
    }
}
