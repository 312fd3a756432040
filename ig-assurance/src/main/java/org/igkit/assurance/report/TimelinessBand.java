package org.igkit.assurance.report;

/**
 * The ICO's bands for FOI/EIR response rates: Good at 95% or more answered in time, Adequate from 90% to under 95%,
 * Unsatisfactory under 90% [ICO FOI self-assessment toolkit, topic 1, response rates]. The ICO publishes no bands
 * for subject access, so the report applies the same ones there (spec §8, the default where it is uncertain).
 */
public enum TimelinessBand {
    /** At least 95% in time. */
    GOOD,
    /** At least 90% and under 95%. */
    ADEQUATE,
    /** Under 90%. */
    UNSATISFACTORY;

    /** The band of {@code share}, compared exactly (179/200 = 89.5% is Unsatisfactory); none for an empty whole. */
    public static TimelinessBand of(Percentage share) {
        if (share.denominator() == 0) {
            return null;
        }
        if (share.meets(95)) {
            return GOOD;
        }
        return share.meets(90) ? ADEQUATE : UNSATISFACTORY;
    }
}
