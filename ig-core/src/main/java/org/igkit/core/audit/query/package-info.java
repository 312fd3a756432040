/**
 * The audit log's read side for adapters and embedders: paging, per-subject history and chain verification over
 * the {@link org.igkit.core.port.AuditLog} port. It sits apart from {@code org.igkit.core.audit} because the port
 * itself speaks that package's values.
 */
package org.igkit.core.audit.query;
