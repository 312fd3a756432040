package org.igkit.retention.rule;

import java.time.LocalDate;
import java.time.MonthDay;

import org.igkit.core.error.ValidationException;

/**
 * An organisation's retention settings: where its financial, academic and tax years start, and its leap-day
 * policy. The UK defaults are 1 April, 1 September, 6 April and {@link LeapDayPolicy#FEB_28}.
 *
 * @param financialYearStart first day of the financial year (academy trusts: 1 September)
 * @param academicYearStart  first day of the academic year (FE/HE often 1 August)
 * @param taxYearStart       first day of the tax year
 * @param leapDayPolicy      the anniversary of 29 February in common years, for offsets and ages
 * @param dueDateConvention  whether the action may be taken on the rule's date (default) or the day after
 */
public record RetentionCalendar(MonthDay financialYearStart, MonthDay academicYearStart, MonthDay taxYearStart,
                                LeapDayPolicy leapDayPolicy, DueDateConvention dueDateConvention) {

    private static final RetentionCalendar UK = new RetentionCalendar(MonthDay.of(4, 1), MonthDay.of(9, 1),
            MonthDay.of(4, 6), LeapDayPolicy.FEB_28, DueDateConvention.ON_THE_DATE);

    public RetentionCalendar {
        ValidationException.Collector problems = ValidationException.collector();
        check(problems, "financialYearStart", financialYearStart);
        check(problems, "academicYearStart", academicYearStart);
        check(problems, "taxYearStart", taxYearStart);
        problems.require(leapDayPolicy != null, "leapDayPolicy", "is required (FEB_28 or MARCH_1)", null);
        problems.require(dueDateConvention != null, "dueDateConvention", "is required (ON_THE_DATE or DAY_AFTER)", null);
        problems.throwIfAny();
    }

    /** The UK defaults: financial year 1 April, academic year 1 September, tax year 6 April, 29 February to 28 February. */
    public static RetentionCalendar ukDefaults() {
        return UK;
    }

    /** The four organisation settings of the REST options, with the default due-date convention. */
    public static RetentionCalendar of(MonthDay financialYearStart, MonthDay academicYearStart, MonthDay taxYearStart,
                                       LeapDayPolicy leapDayPolicy) {
        return new RetentionCalendar(financialYearStart, academicYearStart, taxYearStart, leapDayPolicy,
                DueDateConvention.ON_THE_DATE);
    }

    /** A copy with another due-date convention. */
    public RetentionCalendar withDueDateConvention(DueDateConvention convention) {
        return new RetentionCalendar(financialYearStart, academicYearStart, taxYearStart, leapDayPolicy, convention);
    }

    /** A copy with another financial year start. */
    public RetentionCalendar withFinancialYearStart(MonthDay start) {
        return new RetentionCalendar(start, academicYearStart, taxYearStart, leapDayPolicy, dueDateConvention);
    }

    /** A copy with another academic year start. */
    public RetentionCalendar withAcademicYearStart(MonthDay start) {
        return new RetentionCalendar(financialYearStart, start, taxYearStart, leapDayPolicy, dueDateConvention);
    }

    /** A copy with another tax year start. */
    public RetentionCalendar withTaxYearStart(MonthDay start) {
        return new RetentionCalendar(financialYearStart, academicYearStart, start, leapDayPolicy, dueDateConvention);
    }

    /** A copy with another leap-day policy. */
    public RetentionCalendar withLeapDayPolicy(LeapDayPolicy policy) {
        return new RetentionCalendar(financialYearStart, academicYearStart, taxYearStart, policy, dueDateConvention);
    }

    /** Where a period of {@code kind} starts its year: the override if given, else this organisation's setting. */
    public MonthDay yearStartOf(PeriodKind kind, MonthDay override) {
        if (override != null) {
            return override;
        }
        switch (kind) {
            case FINANCIAL_YEAR:
                return financialYearStart;
            case ACADEMIC_YEAR:
                return academicYearStart;
            case TAX_YEAR:
                return taxYearStart;
            default:
                return MonthDay.of(1, 1);
        }
    }

    /** The last day of the period of {@code kind} (year starting {@code override} if given) that contains {@code date}. */
    public LocalDate endOfPeriod(LocalDate date, PeriodKind kind, MonthDay override) {
        return startOfPeriod(date, kind, override).plusMonths(kind.lengthInMonths()).minusDays(1);
    }

    /** The first day of the period of {@code kind} that contains {@code date}. */
    public LocalDate startOfPeriod(LocalDate date, PeriodKind kind, MonthDay override) {
        MonthDay start = yearStartOf(kind, override);
        LocalDate yearStart = start.atYear(date.getYear());
        if (yearStart.isAfter(date)) {
            yearStart = yearStart.minusYears(1);
        }
        int step = kind.lengthInMonths();
        LocalDate periodStart = yearStart;
        for (int k = step; k < 12; k += step) {
            LocalDate next = yearStart.plusMonths(k);
            if (next.isAfter(date)) {
                break;
            }
            periodStart = next;
        }
        return periodStart;
    }

    /** The number of whole years from {@code birth} to {@code on}, with this calendar's anniversary of 29 February. */
    public int ageOn(LocalDate birth, LocalDate on) {
        if (on.isBefore(birth)) {
            return -1;
        }
        int years = on.getYear() - birth.getYear();
        if (anniversary(birth, years).isAfter(on)) {
            years--;
        }
        return years;
    }

    /** The {@code years}-th anniversary of {@code date} under the leap-day policy. */
    public LocalDate anniversary(LocalDate date, int years) {
        return years == 0 ? date : Offset.ofYears(years).addTo(date, leapDayPolicy);
    }

    static void requireYearStart(String path, MonthDay start) {
        if (start.getDayOfMonth() > 28) {
            throw new ValidationException(path, "a year must start on day 1 to 28 of a month, so that every year and "
                    + "quarter has the same shape", start);
        }
    }

    private static void check(ValidationException.Collector problems, String path, MonthDay start) {
        if (start == null) {
            problems.add(path, "is required, e.g. --04-01", null);
        } else if (start.getDayOfMonth() > 28) {
            problems.add(path, "a year must start on day 1 to 28 of a month", start);
        }
    }

    @Override
    public String toString() {
        return "financial year from " + financialYearStart + ", academic year from " + academicYearStart
                + ", tax year from " + taxYearStart + ", 29 February to " + (leapDayPolicy == LeapDayPolicy.FEB_28
                ? "28 February" : "1 March") + (dueDateConvention == DueDateConvention.DAY_AFTER
                ? ", action from the day after the rule's date" : "");
    }
}
