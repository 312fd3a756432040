package org.igkit.testkit.core;

import java.util.ArrayList;
import java.util.List;

import org.igkit.core.audit.AuditCheckpoint;
import org.igkit.core.audit.AuditEntry;
import org.igkit.core.audit.AuditEvent;
import org.igkit.core.audit.AuditSealing;
import org.igkit.core.memory.InMemoryAuditLog;
import org.igkit.core.port.AuditLog;

/** The in-memory audit log passes the contract every adapter must pass. */
class InMemoryAuditLogTest extends AuditLogContract {
    private List<AuditEntry> storage;
    private List<AuditCheckpoint> checkpoints;

    @Override
    protected AuditLog newLog(AuditSealing sealing) {
        storage = new ArrayList<>();
        checkpoints = new ArrayList<>();
        return InMemoryAuditLog.over(storage, checkpoints, sealing);
    }

    @Override
    protected AuditLog reopen(AuditSealing sealing) {
        return InMemoryAuditLog.over(storage, checkpoints, sealing);
    }

    @Override
    protected void alterStoredEntry(long sequence, String newActor) {
        int index = (int) sequence - 1;
        AuditEntry stored = storage.get(index);
        storage.set(index, new AuditEntry(stored.sequence(), withActor(stored.event(), newActor), stored.previousHash(),
                stored.hash(), stored.keyId()));
    }

    @Override
    protected void rewriteStoredEntry(AuditEntry replacement) {
        storage.set((int) replacement.sequence() - 1, replacement);
    }

    @Override
    protected void removeStoredEntry(long sequence) {
        storage.remove((int) sequence - 1);
    }

    @Override
    protected void removeStoredCheckpoints() {
        checkpoints.clear();
    }

    private static AuditEvent withActor(AuditEvent e, String actor) {
        return new AuditEvent(actor, e.action(), e.occurredAt(), e.subjectType(), e.subjectId(), e.details());
    }
}
