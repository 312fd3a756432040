package org.igkit.core.memory;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.igkit.core.audit.AuditChain;
import org.igkit.core.audit.AuditEntry;
import org.igkit.core.audit.AuditEvent;
import org.igkit.core.audit.ChainVerification;
import org.igkit.core.error.ValidationException;
import org.igkit.core.paging.Page;
import org.igkit.core.paging.PageRequest;
import org.igkit.core.port.AuditLog;

/**
 * An {@link AuditLog} over a list. The list may be one the embedder restored from its own storage; the chain
 * is then verified as stored and continued from its last entry.
 */
public final class InMemoryAuditLog implements AuditLog {
    private final List<AuditEntry> entries;
    private AuditChain chain;

    private InMemoryAuditLog(List<AuditEntry> entries) {
        this.entries = entries;
        this.chain = entries.isEmpty() ? AuditChain.empty() : AuditChain.after(entries.get(entries.size() - 1));
    }

    /** An empty log. */
    public static InMemoryAuditLog create() {
        return new InMemoryAuditLog(new ArrayList<>());
    }

    /**
     * A log over {@code storage}, which it appends to and reads from (and which it does not copy, so an embedder
     * can keep it elsewhere). The caller must not change it while the log is in use.
     */
    public static InMemoryAuditLog over(List<AuditEntry> storage) {
        return new InMemoryAuditLog(Objects.requireNonNull(storage, "storage"));
    }

    @Override
    public synchronized AuditEntry append(AuditEvent event) {
        AuditEntry entry = chain.link(Objects.requireNonNull(event, "event"));
        entries.add(entry);
        chain = AuditChain.after(entry);
        return entry;
    }

    @Override
    public synchronized Page<AuditEntry> read(PageRequest page) {
        long after = page.findAfterCursor().map(InMemoryAuditLog::parseCursor).orElse(0L);
        List<AuditEntry> rest = entries.stream()
                .filter(e -> e.sequence() > after)
                .limit(page.limit() + 1L)
                .toList();
        return Page.of(rest, page.limit(), e -> Long.toString(e.sequence()));
    }

    @Override
    public synchronized List<AuditEntry> forSubject(String subjectType, String subjectId) {
        return entries.stream()
                .filter(e -> e.event().subjectType().equals(subjectType) && e.event().subjectId().equals(subjectId))
                .toList();
    }

    @Override
    public synchronized long size() {
        return entries.size();
    }

    @Override
    public synchronized ChainVerification verify() {
        return AuditChain.verify(List.copyOf(entries));
    }

    private static long parseCursor(String cursor) {
        try {
            return Long.parseLong(cursor);
        } catch (NumberFormatException e) {
            throw new ValidationException("after", "must be a cursor returned by a previous page", cursor);
        }
    }
}
