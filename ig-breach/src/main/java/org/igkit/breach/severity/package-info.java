/**
 * Severity methods: the ENISA (2013) score SE = DPC x EI + CB computed exactly in quarter points with its band and
 * flags, and the NHS DSPT likelihood x severity grid. Both are methodologies, not law; their tables are configurable.
 */
package org.igkit.breach.severity;
