package org.igkit.assets;

/** How often information flows. Regular flows to another organisation need a written sharing agreement. */
public enum FlowFrequency {
    /** Once only. */
    ONE_OFF(false),
    /** Occasionally, on request or in an emergency. */
    AD_HOC(false),
    /** Continuously, e.g. a live interface or shared system. */
    CONTINUOUS(true),
    /** Every day. */
    DAILY(true),
    /** Every week. */
    WEEKLY(true),
    /** Every month. */
    MONTHLY(true),
    /** Every quarter. */
    QUARTERLY(true),
    /** Every year. */
    ANNUALLY(true);

    private final boolean regular;

    FlowFrequency(boolean regular) {
        this.regular = regular;
    }

    /** True for routine, scheduled sharing (the ICO data sharing code's "routine" sharing). */
    public boolean isRegular() {
        return regular;
    }
}
