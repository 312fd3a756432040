/**
 * The disposal flow over the ports: {@link org.igkit.retention.sweep.DisposalService} sweeps, approves and executes
 * {@link org.igkit.retention.disposal.DisposalBatch}es, writing audit events. It lives apart from the batch values
 * so that the ports can store batches without a package cycle.
 */
package org.igkit.retention.sweep;
