/**
 * Records under retention: {@link org.igkit.retention.record.RetainedRecord} (its schedule entry, facts, reviews,
 * the stored due date and status, and how it was disposed of), and what a bulk import of them did
 * ({@link org.igkit.retention.record.ImportResult}).
 */
package org.igkit.retention.record;
