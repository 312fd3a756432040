package org.igkit.retention.calculation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.igkit.retention.calculation.RetentionAssert.assertThatRule;

import java.time.MonthDay;

import org.igkit.retention.rule.LeapDayPolicy;
import org.igkit.retention.rule.RetentionCalendar;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Every rule the research quotes with its dates (../shared/spec/retention.md sections 2 and 3), one line each. */
class WorkedExamplesTest {

    @Test
    @DisplayName("Buckinghamshire schools finance: invoices processed in June 2012 are kept until March 2019 (CFY + 6)")
    void invoiceOfJune2012() {
        RetentionResult r = assertThatRule("CFY(processed) + 6y").with("processed", "2012-06-15").isDueOn("2019-03-31");
        assertThat(r.explanation().toString())
                .contains("processed is 15 Jun 2012")
                .contains("15 Jun 2012 falls in financial year 2012/13 (starting 1 Apr), which ends 31 Mar 2013")
                .contains("31 Mar 2013 + 6 years = 31 Mar 2019");
    }

    @Test
    @DisplayName("HMRC company records: the accounting period ended 31 March 2010 is kept until 31 March 2016")
    void hmrcAccountingPeriod() {
        assertThatRule("apEnd + 6y").with("apEnd", "2010-03-31").isDueOn("2016-03-31");
    }

    @Test
    @DisplayName("HMRC self-employed: tax year 2020/21, filing deadline 31 Jan 2022, keep until 31 Jan 2027 (chained rounding)")
    void selfAssessmentChainedRounding() {
        assertThatRule("YEAR(TY(income), --02-01) + 5y").with("income", "2020-10-10").isDueOn("2027-01-31");
    }

    @Test
    @DisplayName("Derbyshire CC 6+ rule: 6 years from the end of the financial year of last modification; 7 in calendar-year systems")
    void derbyshireSixPlus() {
        assertThatRule("CFY(lastModified) + 6y").with("lastModified", "2020-02-10").isDueOn("2026-03-31");
        assertThatRule("CY(lastModified) + 7y").with("lastModified", "2020-02-10").isDueOn("2027-12-31");
    }

    @Test
    @DisplayName("IRMS: current academic year + 2 years; current year + 1 year")
    void academicAndCalendarYears() {
        assertThatRule("CAY(dated) + 2y").with("dated", "2023-10-01").isDueOn("2026-08-31");
        assertThatRule("CAY(dated) + 2y").with("dated", "2023-08-31").isDueOn("2025-08-31");
        assertThatRule("CY(received) + 1y").with("received", "2023-12-31").isDueOn("2024-12-31");
    }

    @Test
    @DisplayName("Academy trusts: a financial year from 1 September is an organisation setting")
    void academyFinancialYear() {
        assertThatRule("CFY(processed) + 6y").with("processed", "2012-06-15")
                .under(RetentionCalendar.ukDefaults().withFinancialYearStart(MonthDay.of(9, 1))).isDueOn("2018-08-31");
    }

    @Test
    @DisplayName("Alfresco PeriodTest: quarter end of 1 Jan 2009 is 31 Mar 2009; tax year from 6 Apr 2008 ends 5 Apr 2009; US FY")
    void alfrescoPeriodEnds() {
        assertThatRule("EOQ(d)").with("d", "2009-01-01").isDueOn("2009-03-31");
        assertThatRule("EOQ(d)").with("d", "2009-06-30").isDueOn("2009-06-30");
        assertThatRule("TY(d)").with("d", "2008-04-06").isDueOn("2009-04-05");
        assertThatRule("TY(d)").with("d", "2008-04-05").isDueOn("2008-04-05");
        assertThatRule("CFY(d, --10-01)").with("d", "2008-10-01").isDueOn("2009-09-30");
        assertThatRule("EOQ(d, --04-06)").with("d", "2009-07-05").isDueOn("2009-07-05");
        assertThatRule("EOQ(d, --04-06)").with("d", "2009-07-06").isDueOn("2009-10-05");
        assertThatRule("EOM(d, --04-06)").with("d", "2009-07-06").isDueOn("2009-08-05");
    }

    @Test
    @DisplayName("java.time Period semantics: years and months as one count of months, clamped, then days")
    void periodSemantics() {
        assertThatRule("d + 1y1m").with("d", "2024-02-29").isDueOn("2025-03-29");
        assertThatRule("d + 1y + 1m").with("d", "2024-02-29").isDueOn("2025-03-28");
        assertThatRule("d + 6m").with("d", "2023-08-31").isDueOn("2024-02-29");
        assertThatRule("d + 18m").with("d", "2023-08-31").isDueOn("2025-02-28");
        assertThatRule("d + 1m").with("d", "2024-04-30").isDueOn("2024-05-30");
        assertThatRule("d + 1y2m3d").with("d", "2024-01-31").isDueOn("2025-04-03");
    }

    @Test
    @DisplayName("Sticky month ends: end of month + 1 month from 30 April is 30 May; write the outer EOM for 'end of next month'")
    void stickyMonthEnds() {
        assertThatRule("EOM(d) + 1m").with("d", "2024-04-15").isDueOn("2024-05-30");
        assertThatRule("EOM(EOM(d) + 1m)").with("d", "2024-04-15").isDueOn("2024-05-31");
    }

    @Test
    @DisplayName("Leap-day birthdays: 29 Feb 2004 + 25 years is 28 Feb 2029 (FEB_28, default) or 1 Mar 2029 (MARCH_1)")
    void leapDayBirthdays() {
        assertThatRule("dateOfBirth + 25y").with("dateOfBirth", "2004-02-29").isDueOn("2029-02-28");
        assertThatRule("dateOfBirth + 25y").with("dateOfBirth", "2004-02-29").under(LeapDayPolicy.MARCH_1).isDueOn("2029-03-01");
        assertThatRule("dateOfBirth + 24y").with("dateOfBirth", "2004-02-29").under(LeapDayPolicy.MARCH_1).isDueOn("2028-02-29");
    }

    @Test
    @DisplayName("NHS children's records: 25th birthday, or 26th if 17 at the conclusion of treatment")
    void nhsChildrensRecords() {
        String rule = "if(ageAt(treatmentEnded) >= 17, dateOfBirth + 26y, dateOfBirth + 25y)";
        assertThatRule(rule).with("dateOfBirth", "2001-05-10").with("treatmentEnded", "2018-05-10").isDueOn("2027-05-10");
        assertThatRule(rule).with("dateOfBirth", "2001-05-10").with("treatmentEnded", "2018-05-09").isDueOn("2026-05-10");
        assertThatRule(rule).with("dateOfBirth", "2001-05-10").isPendingFor("treatmentEnded");
    }

    @Test
    @DisplayName("NHS children's records, leap-day child: 17 on 28 Feb 2017 under FEB_28, not until 1 Mar under MARCH_1")
    void nhsChildrensRecordsLeapDayAge() {
        String rule = "if(ageAt(treatmentEnded) >= 17, dateOfBirth + 26y, dateOfBirth + 25y)";
        assertThatRule(rule).with("dateOfBirth", "2000-02-29").with("treatmentEnded", "2017-02-28").isDueOn("2026-02-28");
        assertThatRule(rule).with("dateOfBirth", "2000-02-29").with("treatmentEnded", "2017-02-28")
                .under(LeapDayPolicy.MARCH_1).isDueOn("2025-03-01");
    }

    @Test
    @DisplayName("NHS 2006 Code children's records '... or 8 years after death, if sooner': both unknown facts are listed")
    void nhsChildrensRecordsWithDeathClause() {
        String rule = "earlier(if(ageAt(treatmentEnded) >= 17, dateOfBirth + 26y, dateOfBirth + 25y), dateOfDeath + 8y)";
        assertThatRule(rule).with("dateOfBirth", "2001-05-10").isPendingFor("treatmentEnded", "dateOfDeath");
        assertThatRule(rule).with("dateOfBirth", "2001-05-10").with("dateOfDeath", "2010-01-01").isDueOn("2018-01-01");
        assertThatRule(rule).with("dateOfBirth", "2001-05-10").with("treatmentEnded", "2010-01-01").isDueOn("2026-05-10");
    }

    @Test
    @DisplayName("NHS NI staff records (Hansard 16 Dec 2002): 6 years after leaving or the 70th birthday, whichever is later")
    void staffRecordsWhicheverIsLater() {
        String rule = "later(employmentEnded + 6y, dateOfBirth + 70y)";
        assertThatRule(rule).with("employmentEnded", "2020-06-30").with("dateOfBirth", "1960-01-15").isDueOn("2030-01-15");
        assertThatRule(rule).with("employmentEnded", "2028-06-30").with("dateOfBirth", "1960-01-15").isDueOn("2034-06-30");
        assertThatRule(rule).with("dateOfBirth", "1960-01-15").isPendingFor("employmentEnded");
    }

    @Test
    @DisplayName("Mental health records (2021 Code, MDU): 20 years after treatment or 10 years after death, if sooner")
    void mentalHealthWhicheverIsSooner() {
        String rule = "earlier(discharged + 20y, dateOfDeath + 10y)";
        assertThatRule(rule).with("discharged", "2010-05-01").with("dateOfDeath", "2015-03-01").isDueOn("2025-03-01");
        assertThatRule(rule).with("discharged", "2010-05-01").isDueOn("2030-05-01");
        assertThatRule(rule).isPendingFor("discharged", "dateOfDeath");
    }

    @Test
    @DisplayName("SI 2007/310 reg 10 (Wales): 75th anniversary of birth, or 15 years from death if the child dies before 18")
    void lookedAfterChildWales() {
        String rule = "if(all(present(dateOfDeath), ageAt(dateOfDeath) < 18), dateOfDeath + 15y, dateOfBirth + 75y)";
        assertThatRule(rule).with("dateOfBirth", "2005-03-01").isDueOn("2080-03-01");
        assertThatRule(rule).with("dateOfBirth", "2005-03-01").with("dateOfDeath", "2015-07-01").isDueOn("2030-07-01");
        assertThatRule(rule).with("dateOfBirth", "2005-03-01").with("dateOfDeath", "2040-07-01").isDueOn("2080-03-01");
    }

    @Test
    @DisplayName("Limitation Act 1980 s.28: a minor's personal-injury claim runs from 18, so 21st birthday at the earliest")
    void limitationForMinors() {
        assertThatRule("later(accrual, dateOfBirth + 18y) + 3y").with("accrual", "2010-01-01").with("dateOfBirth", "2005-06-01")
                .isDueOn("2026-06-01");
    }

    @Test
    @DisplayName("IRMS co-opted governors: 25 years where there were allegations; the flag absent is unknown, false is known")
    void coOptedGovernors() {
        String rule = "if(flag(allegations), termEnded + 25y, termEnded)";
        assertThatRule(rule).with("termEnded", "2020-07-31").withFlag("allegations", true).isDueOn("2045-07-31");
        assertThatRule(rule).with("termEnded", "2020-07-31").withFlag("allegations", false).isDueOn("2020-07-31");
        assertThatRule(rule).with("termEnded", "2020-07-31").isPendingFor("allegations");
    }

    @Test
    @DisplayName("DoD 5015.2 example: cut off annually, hold 5 years, or destroy when obsolete, whichever is earlier")
    void dodWhicheverIsEarlier() {
        assertThatRule("earlier(CY(filed) + 5y, obsolete)").with("filed", "2020-03-03").isDueOn("2025-12-31");
        assertThatRule("earlier(CY(filed) + 5y, obsolete)").with("filed", "2020-03-03").with("obsolete", "2022-01-01")
                .isDueOn("2022-01-01");
    }

    @Test
    @DisplayName("Spec 3.6: later with permanent is permanent; earlier with permanent is the other; unknown and permanent is PENDING")
    void permanentInCombinators() {
        assertThatRule("later(d + 1y, permanent)").with("d", "2020-01-01").isPermanent();
        assertThatRule("later(d + 1y, permanent)").isPermanent();
        assertThatRule("earlier(d + 1y, permanent)").with("d", "2020-01-01").isDueOn("2021-01-01");
        assertThatRule("earlier(d + 1y, permanent)").isPendingFor("d");
        assertThatRule("permanent").isPermanent();
    }
}
