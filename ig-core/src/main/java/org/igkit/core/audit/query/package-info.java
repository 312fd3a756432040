/**
 * The audit log's read side for adapters and embedders (paging, per-subject history, chain verification, the
 * stored checkpoints) and the signing of a checkpoint on request, over the {@link org.igkit.core.port.AuditLog}
 * port. It sits apart from {@code org.igkit.core.audit} because the port itself speaks that package's values.
 */
package org.igkit.core.audit.query;
