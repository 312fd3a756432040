package org.igkit.breach.severity;

/** ENISA's four severity levels (ENISA 2013 s.3.2), over half-open intervals of the score. */
public enum EnisaBand {
    /** SE &lt; 2: "a few inconveniences, which they will overcome without any problem". */
    LOW,
    /** 2 &le; SE &lt; 3: "significant inconveniences, which they will be able to overcome despite a few difficulties". */
    MEDIUM,
    /** 3 &le; SE &lt; 4: "significant consequences, which they should be able to overcome albeit with serious difficulties". */
    HIGH,
    /** 4 &le; SE: "significant, or even irreversible, consequences, which they may not overcome". */
    VERY_HIGH
}
