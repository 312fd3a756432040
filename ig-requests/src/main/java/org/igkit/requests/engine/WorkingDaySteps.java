package org.igkit.requests.engine;

import static org.igkit.requests.engine.Wording.day;
import static org.igkit.requests.engine.Wording.describeHolidays;
import static org.igkit.requests.engine.Wording.ordinal;
import static org.igkit.requests.engine.Wording.weekendList;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.igkit.core.error.ValidationException;
import org.igkit.core.explain.Citation;
import org.igkit.requests.calendar.BankHoliday;
import org.igkit.requests.calendar.BankHolidayCalendar;
import org.igkit.requests.calendar.DateRange;
import org.igkit.requests.calendar.DayIndex;
import org.igkit.requests.calendar.NonWorkingDay;
import org.igkit.requests.calendar.WorkingDayRule;
import org.igkit.requests.calendar.WorkingDays;
import org.igkit.requests.regime.EventRules;
import org.igkit.requests.regime.ExtensionLength;
import org.igkit.requests.regime.HolidaySource;
import org.igkit.requests.regime.PeriodUnit;
import org.igkit.requests.regime.Regime;
import org.igkit.requests.regime.Regimes;

/**
 * The parts the working-day and school-day counters share: day 0, the disregarded fees windows, the skipped
 * holidays and the extension.
 */
final class WorkingDaySteps {
    private static final Citation ICO_NON_WORKING_DAY = Regimes.ICO_FOIA_GUIDANCE
            .withNote("if received on a non-working day the clock starts on the following working day");
    private static final Citation PROJECTED_BY_RULE = Citation.of("Banking and Financial Dealings Act 1971", "Sch 1")
            .withNote("projected by rule: the published data does not cover this year");

    private WorkingDaySteps() {
    }

    /** The working days of the regime's holiday source (FOIA s.10(6) UK-wide, FOISA s.73 Scotland). */
    static WorkingDays workingDays(Counting c) {
        WorkingDayRule rule = c.regime().holidays() == HolidaySource.SCOTLAND ? WorkingDayRule.SCOTLAND
                : WorkingDayRule.ANY_UK_DIVISION;
        return c.calendar().workingDays(rule);
    }

    /** Day 0 under the regime's reading of a receipt on a non-working day (option U1). */
    static LocalDate dayZero(Counting c, WorkingDays wd) {
        LocalDate start = c.timeline().start();
        Regime regime = c.regime();
        if (wd.isWorkingDay(start)) {
            c.explain().step(() -> "Day 0 is the date of receipt, " + day(start) + "; day 1 is the next working day",
                    regime.mainCitation());
            return start;
        }
        LocalDate next = wd.nextWorkingDayOnOrAfter(start);
        if (c.options().nonWorkingDayReceipt() == DeadlineOptions.NonWorkingDayReceipt.NEXT_WORKING_DAY_IS_DAY_ZERO) {
            c.explain().step(() -> day(start) + " is not a working day: the request is treated as received on the next "
                    + "working day, " + day(next) + ", which is day 0 (option U1)", regime.mainCitation());
            return next;
        }
        c.explain().step(() -> day(start) + " is not a working day; it is still day 0, so the next working day, " + day(next)
                + ", is day 1", regime.mainCitation(), ICO_NON_WORKING_DAY);
        return start;
    }

    /** Explains each fees window whose working days are disregarded. */
    static void explainDisregarded(Counting c, WorkingDays wd, LocalDate dayZero) {
        for (DateRange window : c.timeline().disregarded()) {
            LocalDate from = window.startInclusive().minusDays(1);
            int skipped = wd.countWorkingDays(dayZero.isAfter(from) ? dayZero : from, window.endInclusive());
            c.explain().step(() -> "Fees notice given on " + day(window.startInclusive()) + " and fee received on "
                    + day(window.endInclusive()) + ": the " + skipped + " working days from the one to the other "
                    + "are disregarded", c.regime().rules().feesCitation());
        }
    }

    /** Explains the weekends and holidays skipped in {@code (fromExclusive, toInclusive]}. */
    static void explainSkipped(Counting c, WorkingDays wd, LocalDate fromExclusive, LocalDate toInclusive,
                               boolean withRule) {
        int weekends = WorkingDays.weekendDaysBetween(fromExclusive, toInclusive);
        List<NonWorkingDay> holidays = wd.holidaysBetween(fromExclusive, toInclusive);
        if (withRule || !holidays.isEmpty()) {
            c.explain().step(() -> "Working days exclude " + wd.rule().describe() + "; up to " + day(toInclusive)
                    + " that skips " + weekends + " weekend days" + weekendList(fromExclusive, toInclusive) + " and "
                    + holidays.size() + " bank holiday" + (holidays.size() == 1 ? "" : "s"), wd.rule().citation());
        }
        for (NonWorkingDay skipped : holidays) {
            explainHoliday(c, skipped, wd.rule());
        }
    }

    /** "Not a working day: Monday 26 August 2024, Summer bank holiday, ...". */
    static void explainHoliday(Counting c, NonWorkingDay skipped, WorkingDayRule rule) {
        c.explain().step(() -> "Not a working day: " + day(skipped.date()) + ", " + describeHolidays(skipped.holidays(), rule),
                holidayCitations(skipped.holidays(), rule, c.calendar()));
    }

    private static List<Citation> holidayCitations(List<BankHoliday> holidays, WorkingDayRule rule,
                                                   BankHolidayCalendar calendar) {
        boolean projectedDay = false;
        boolean added = false;
        Citation proclaimed = null;
        for (BankHoliday holiday : holidays) {
            projectedDay |= holiday.isProjected();
            added |= holiday.origin() == BankHoliday.Origin.ADDED;
            proclaimed = proclaimed != null ? proclaimed : calendar.findProclamation(holiday).orElse(null);
        }
        Citation source = BankHolidayCalendar.SHIPPED_SOURCE;
        if (proclaimed != null) {
            source = proclaimed;
        } else if (projectedDay) {
            source = PROJECTED_BY_RULE;
        } else if (added) {
            source = Citation.of("Calendar change", "").withNote("added by the deployment, calendar version "
                    + calendar.version());
        }
        return List.of(rule.citation(), source);
    }

    /**
     * The count once the regime's extension is applied: the latest date, and the current one if the extension
     * was notified (which must be by the initial due date where the regime says so).
     */
    static Count withExtension(Counting c, WorkingDays wd, LocalDate dayZero, LocalDate due, PeriodUnit statusUnit,
                               DayIndex statusIndex) {
        Regime regime = c.regime();
        Timeline timeline = c.timeline();
        LocalDate current = due;
        LocalDate latest = due;
        if (regime.isExtendable()) {
            EventRules rules = regime.rules();
            int extended = rules.extensionLengthByOption() ? c.options().pitExtensionWorkingDays()
                    : regime.extendedPeriod();
            LocalDate extendedDue = wd.plusWorkingDays(dayZero, extended, timeline.disregarded());
            LocalDate last = extendedDue.isAfter(due) ? extendedDue : due;
            latest = last;
            checkExtensionInPeriod(regime, timeline, due);
            if (timeline.extendedOn() != null && timeline.extensionLength() != null) {
                ExtensionLength length = timeline.extensionLength();
                LocalDate chosen = ChosenExtension.inWorkingDays(c, wd, due, last, length);
                current = chosen;
                c.explain().step(() -> rules.extensionName() + " notified on " + day(timeline.extendedOn()) + " "
                        + ChosenExtension.describe(length) + ": the deadline becomes " + day(chosen) + ", within the "
                        + "bound of the " + ordinal(extended) + " working day after day 0, " + day(last)
                        + (rules.noticeStillDue().isEmpty() ? "" : "; " + rules.noticeStillDue() + " was still due by "
                        + day(due)), regime.extensionCitations());
            } else if (timeline.extendedOn() != null) {
                current = last;
                c.explain().step(() -> rules.extensionName() + " notified on " + day(timeline.extendedOn())
                        + ": the deadline becomes the " + ordinal(extended) + " working day after day 0, " + day(last)
                        + (rules.noticeStillDue().isEmpty() ? "" : "; " + rules.noticeStillDue() + " was still due by "
                        + day(due)), regime.extensionCitations());
            } else {
                c.explain().step(() -> "With " + rules.extensionName().toLowerCase(Locale.UK) + " the latest date would "
                        + "be the " + ordinal(extended) + " working day, " + day(last), regime.extensionCitations());
            }
        }
        return new Count(current, due, latest, statusUnit, statusIndex,
                c.calendar().isProjectedAnywhere(timeline.start(), latest));
    }

    /** An extension the regime requires within the initial period must be notified by the initial due date. */
    static void checkExtensionInPeriod(Regime regime, Timeline timeline, LocalDate initialDueDate) {
        LocalDate extendedOn = timeline.extendedOn();
        if (extendedOn != null && regime.extensionNoticeInPeriod() && extendedOn.isAfter(initialDueDate)) {
            throw new ValidationException("events[" + timeline.extensionIndex() + "].date", "an extension must be "
                    + "notified by the initial due date (" + initialDueDate + ")", extendedOn);
        }
    }
}
