package org.igkit.core.port;

import java.util.List;

import org.igkit.core.audit.AuditCheckpoint;
import org.igkit.core.audit.AuditEntry;
import org.igkit.core.audit.AuditEvent;
import org.igkit.core.audit.ChainVerification;
import org.igkit.core.paging.Page;
import org.igkit.core.paging.PageRequest;

/**
 * An append-only, hash-chained log of accountable events. Adapters must keep the chain exactly as
 * {@link org.igkit.core.audit.AuditChain} defines it, seal entries with the current key of the
 * {@link org.igkit.core.audit.AuditSealing} they were opened with, and sign a checkpoint in the same transaction as
 * every entry the sealing names; the contract suite in ig-testkit checks this.
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

    /**
     * Walks the whole chain against the stored checkpoints; any edited, inserted or removed entry, a forged
     * checkpoint, or a tail cut off behind a checkpoint makes it not intact.
     */
    ChainVerification verify();

    /**
     * As {@link #verify()}, and also against {@code keptElsewhere}, a checkpoint exported earlier and kept outside
     * the database: this catches the deletion of entries together with the stored checkpoints.
     */
    ChainVerification verifyAgainst(AuditCheckpoint keptElsewhere);

    /**
     * Signs a checkpoint for the current last entry with the current key, stores it and returns it (to export).
     *
     * @throws org.igkit.core.error.ConflictException if the log has no key, or no entries yet
     */
    AuditCheckpoint checkpoint();

    /** The stored checkpoints, oldest first. */
    List<AuditCheckpoint> checkpoints();
}
