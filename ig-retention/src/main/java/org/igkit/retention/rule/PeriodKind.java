package org.igkit.retention.rule;

/** The periods a date can be rounded up to the end of ({@link RetentionRule.EndOf}). */
public enum PeriodKind {
    /** A calendar month (or, with a start day, a month running from that day). */
    MONTH(1, "month"),
    /** A calendar quarter (or quarters of a year starting on a given day). */
    QUARTER(3, "quarter"),
    /** 1 January to 31 December ("current year", CY). */
    CALENDAR_YEAR(12, "calendar year"),
    /** The organisation's financial year, 1 April to 31 March by default (CFY). */
    FINANCIAL_YEAR(12, "financial year"),
    /** The organisation's academic year, 1 September to 31 August by default (CAY). */
    ACADEMIC_YEAR(12, "academic year"),
    /** The tax year, 6 April to 5 April by default (TY). */
    TAX_YEAR(12, "tax year"),
    /** A year starting on a day the rule names (e.g. 1 February for the 31 January self-assessment year). */
    YEAR_STARTING(12, "year");

    private final int lengthInMonths;
    private final String words;

    PeriodKind(int lengthInMonths, String words) {
        this.lengthInMonths = lengthInMonths;
        this.words = words;
    }

    /** How many months one period lasts. */
    public int lengthInMonths() {
        return lengthInMonths;
    }

    /** The period's name in an explanation. */
    public String toWords() {
        return words;
    }
}
