package org.igkit.breach.facts;

import org.igkit.core.error.ValidationException;

/**
 * The NHS DSPT incident grade: likelihood that people's rights have been affected and severity of the effect, each
 * 1 to 5 (NHS Guide to the Notification of Data Security and Protection Incidents; descriptors unverified, see
 * docs/breach.md).
 *
 * @param likelihood 1 not occurred ... 5 occurred
 * @param severity   1 no adverse effect ... 5 death or catastrophic event
 */
public record DsptGrade(int likelihood, int severity) {
    public DsptGrade {
        ValidationException.Collector problems = ValidationException.collector();
        problems.require(likelihood >= 1 && likelihood <= 5, "likelihood", "must be between 1 and 5", likelihood);
        problems.require(severity >= 1 && severity <= 5, "severity", "must be between 1 and 5", severity);
        problems.throwIfAny();
    }

    /** The grade {@code likelihood} x {@code severity}. */
    public static DsptGrade of(int likelihood, int severity) {
        return new DsptGrade(likelihood, severity);
    }
}
