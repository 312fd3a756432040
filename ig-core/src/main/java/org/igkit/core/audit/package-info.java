/**
 * Audit events and the hash chain that makes an audit log tamper-evident: each entry carries the SHA-256 of
 * the entry before it and of its own content, so an edited, inserted or removed entry breaks the chain.
 */
package org.igkit.core.audit;
