package org.igkit.requests.school;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

import org.igkit.core.Nation;
import org.igkit.core.error.ValidationException;
import org.igkit.requests.calendar.BankHolidayCalendar;
import org.igkit.requests.calendar.DateRange;
import org.igkit.requests.calendar.Division;
import org.igkit.requests.port.SchoolCalendar;

/**
 * A school's session days from its term dates and closures: a session day is a Monday to Friday inside a
 * term, not a bank holiday of the school's nation, and not inside a closure (INSET days, snow days, polling
 * days). Immutable and thread-safe; equal when built from the same data, so engines can share its index.
 */
public final class TermDatesSchoolCalendar implements SchoolCalendar {
    private final String id;
    private final List<DateRange> terms;
    private final List<DateRange> closures;
    private final Division division;
    private final BankHolidayCalendar holidays;

    private TermDatesSchoolCalendar(String id, List<DateRange> terms, List<DateRange> closures, Division division,
                                    BankHolidayCalendar holidays) {
        this.id = id;
        this.terms = terms;
        this.closures = closures;
        this.division = division;
        this.holidays = holidays;
    }

    /**
     * A calendar from term dates and closures (both lists of inclusive ranges). Violations name
     * {@code terms[i]} and {@code closures[i]}: no terms, overlapping terms, a range outside the calendar years.
     */
    public static TermDatesSchoolCalendar of(String id, List<DateRange> terms, List<DateRange> closures, Nation nation,
                                             BankHolidayCalendar holidays) {
        Objects.requireNonNull(nation, "nation");
        Objects.requireNonNull(holidays, "holidays");
        ValidationException.Collector problems = ValidationException.collector();
        problems.require(id != null && !id.isBlank(), "id", "must not be blank", id);
        problems.require(terms != null && !terms.isEmpty(), "terms", "must list at least one term", null);
        List<DateRange> sortedTerms = new ArrayList<>(terms == null ? List.of() : terms);
        List<DateRange> closureList = new ArrayList<>(closures == null ? List.of() : closures);
        for (int i = 0; i < sortedTerms.size(); i++) {
            DateRange term = sortedTerms.get(i);
            if (term == null) {
                problems.add("terms[" + i + "]", "must not be null", null);
                continue;
            }
            problems.require(BankHolidayCalendar.SUPPORTED.contains(term.startInclusive())
                    && BankHolidayCalendar.SUPPORTED.contains(term.endInclusive()), "terms[" + i + "]",
                    "must lie within " + BankHolidayCalendar.SUPPORTED, term);
            for (int j = 0; j < i; j++) {
                DateRange other = sortedTerms.get(j);
                if (other != null && other.overlaps(term)) {
                    problems.add("terms[" + i + "]", "overlaps terms[" + j + "] (" + other + ")", term);
                }
            }
        }
        for (int i = 0; i < closureList.size(); i++) {
            problems.require(closureList.get(i) != null, "closures[" + i + "]", "must not be null", null);
        }
        problems.throwIfAny();
        sortedTerms.sort(Comparator.comparing(DateRange::startInclusive));
        return new TermDatesSchoolCalendar(id, List.copyOf(sortedTerms), List.copyOf(closureList),
                Division.of(nation), holidays);
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public boolean isSessionDay(LocalDate date) {
        DayOfWeek dow = date.getDayOfWeek();
        if (dow == DayOfWeek.SATURDAY || dow == DayOfWeek.SUNDAY) {
            return false;
        }
        boolean inTerm = false;
        for (DateRange term : terms) {
            if (term.contains(date)) {
                inTerm = true;
                break;
            }
        }
        if (!inTerm || !BankHolidayCalendar.SUPPORTED.contains(date) || holidays.isHoliday(date, division)) {
            return false;
        }
        for (DateRange closure : closures) {
            if (closure.contains(date)) {
                return false;
            }
        }
        return true;
    }

    @Override
    public LocalDate firstDay() {
        return terms.get(0).startInclusive();
    }

    @Override
    public LocalDate lastDay() {
        return terms.stream().map(DateRange::endInclusive).max(Comparator.naturalOrder()).orElseThrow();
    }

    /** The terms, in date order. */
    public List<DateRange> terms() {
        return terms;
    }

    /** The closures. */
    public List<DateRange> closures() {
        return closures;
    }

    @Override
    public boolean equals(Object other) {
        if (!(other instanceof TermDatesSchoolCalendar)) {
            return false;
        }
        TermDatesSchoolCalendar that = (TermDatesSchoolCalendar) other;
        return id.equals(that.id) && terms.equals(that.terms) && closures.equals(that.closures)
                && division == that.division && holidays.version().equals(that.holidays.version());
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, terms, closures, division, holidays.version());
    }

    @Override
    public String toString() {
        return "school calendar " + id + " " + terms;
    }
}
