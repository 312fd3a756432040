/**
 * Many records at once: batch evaluation over a {@link java.util.stream.Stream} in constant memory
 * ({@link org.igkit.retention.evaluation.BatchEvaluation}) and the impact of a proposed new version of a schedule
 * entry ({@link org.igkit.retention.evaluation.ImpactReport}).
 */
package org.igkit.retention.evaluation;
