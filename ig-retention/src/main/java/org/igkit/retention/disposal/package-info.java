/**
 * The values of the disposal flow (run by {@code org.igkit.retention.sweep.DisposalService}): a sweep lists the records eligible on a date ({@link org.igkit.retention.disposal.DisposalBatch}),
 * a records manager approves the batch, execution re-checks every record (a hold placed after approval still
 * blocks), marks records disposed, writes audit events and returns a
 * {@link org.igkit.retention.disposal.DisposalCertificate} with a digest of what was disposed. Re-running an
 * executed batch changes nothing.
 */
package org.igkit.retention.disposal;
