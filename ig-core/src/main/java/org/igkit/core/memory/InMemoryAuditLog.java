package org.igkit.core.memory;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.igkit.core.audit.AuditChain;
import org.igkit.core.audit.AuditCheckpoint;
import org.igkit.core.audit.AuditEntry;
import org.igkit.core.audit.AuditEvent;
import org.igkit.core.audit.AuditSealing;
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
    private final List<AuditCheckpoint> checkpoints;
    private final AuditSealing sealing;
    private AuditChain chain;

    private InMemoryAuditLog(List<AuditEntry> entries, List<AuditCheckpoint> checkpoints, AuditSealing sealing) {
        this.entries = entries;
        this.checkpoints = checkpoints;
        this.sealing = Objects.requireNonNull(sealing, "sealing");
        this.chain = AuditChain.afterLast(last(), sealing.keyring());
    }

    /** An empty, unkeyed log. */
    public static InMemoryAuditLog create() {
        return create(AuditSealing.none());
    }

    /** An empty log sealed as {@code sealing} says. */
    public static InMemoryAuditLog create(AuditSealing sealing) {
        return new InMemoryAuditLog(new ArrayList<>(), new ArrayList<>(), sealing);
    }

    /**
     * An unkeyed log over {@code storage}, which it appends to and reads from (and which it does not copy, so an
     * embedder can keep it elsewhere). The caller must not change it while the log is in use.
     */
    public static InMemoryAuditLog over(List<AuditEntry> storage) {
        return over(storage, new ArrayList<>(), AuditSealing.none());
    }

    /** A log over {@code storage} and {@code checkpointStorage}, sealed as {@code sealing} says. */
    public static InMemoryAuditLog over(List<AuditEntry> storage, List<AuditCheckpoint> checkpointStorage,
                                        AuditSealing sealing) {
        return new InMemoryAuditLog(Objects.requireNonNull(storage, "storage"),
                Objects.requireNonNull(checkpointStorage, "checkpointStorage"), sealing);
    }

    @Override
    public synchronized AuditEntry append(AuditEvent event) {
        AuditEntry entry = chain.link(Objects.requireNonNull(event, "event"));
        entries.add(entry);
        sealing.automaticCheckpoint(entry).ifPresent(checkpoints::add);
        chain = AuditChain.after(entry, sealing.keyring());
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
        return AuditChain.verify(List.copyOf(entries), sealing.keyring(), List.copyOf(checkpoints));
    }

    @Override
    public synchronized ChainVerification verifyAgainst(AuditCheckpoint keptElsewhere) {
        List<AuditCheckpoint> all = new ArrayList<>(checkpoints);
        all.add(Objects.requireNonNull(keptElsewhere, "keptElsewhere"));
        return AuditChain.verify(List.copyOf(entries), sealing.keyring(), all);
    }

    @Override
    public synchronized AuditCheckpoint checkpoint() {
        AuditCheckpoint signed = sealing.checkpointFor(last());
        checkpoints.add(signed);
        return signed;
    }

    @Override
    public synchronized List<AuditCheckpoint> checkpoints() {
        return List.copyOf(checkpoints);
    }

    private Optional<AuditEntry> last() {
        return entries.isEmpty() ? Optional.empty() : Optional.of(entries.get(entries.size() - 1));
    }

    private static long parseCursor(String cursor) {
        try {
            return Long.parseLong(cursor);
        } catch (NumberFormatException e) {
            throw new ValidationException("after", "must be a cursor returned by a previous page", cursor);
        }
    }
}
