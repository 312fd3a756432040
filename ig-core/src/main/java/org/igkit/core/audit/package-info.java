/**
 * Audit events and the chain that makes an audit log tamper-evident: each entry carries the hash of the entry
 * before it and of its own content, so an edited, inserted or removed entry breaks the chain. With an
 * {@link org.igkit.core.audit.AuditKey} the hashes are HMACs (a rewrite needs the key, held outside the database),
 * and signed {@link org.igkit.core.audit.AuditCheckpoint}s make a cut-off tail show.
 */
package org.igkit.core.audit;
