/**
 * The retention calculator: a pure function of (schedule entry or ad-hoc rule and action, organisation settings,
 * record facts, holds, reviews, as-of date) to a {@link org.igkit.retention.calculation.RetentionResult} with
 * its cited explanation. It reports eligibility; it never authorises or executes disposal.
 */
package org.igkit.retention.calculation;
