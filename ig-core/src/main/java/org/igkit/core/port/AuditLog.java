package org.igkit.core.port;

import java.util.List;

import org.igkit.core.audit.AuditEntry;
import org.igkit.core.audit.AuditEvent;
import org.igkit.core.audit.ChainVerification;
import org.igkit.core.paging.Page;
import org.igkit.core.paging.PageRequest;

/**
 * An append-only, hash-chained log of accountable events. Adapters must keep the chain exactly as
 * {@link org.igkit.core.audit.AuditChain} defines it; the contract suite in ig-testkit checks this.
 */
public interface AuditLog {

    /** Appends an event at the end of the chain and returns it as stored. Safe to call from many threads. */
    AuditEntry append(AuditEvent event);

    /** Entries in sequence order, paged; the cursor is the last sequence number read. */
    Page<AuditEntry> read(PageRequest page);

    /** Every entry about one subject, in sequence order. */
    List<AuditEntry> forSubject(String subjectType, String subjectId);

    /** How many entries the log holds. */
    long size();

    /** Walks the whole chain; any edited, inserted or removed entry makes it not intact. */
    ChainVerification verify();
}
