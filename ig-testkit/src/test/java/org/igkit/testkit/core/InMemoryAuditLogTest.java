package org.igkit.testkit.core;

import java.util.ArrayList;
import java.util.List;

import org.igkit.core.audit.AuditEntry;
import org.igkit.core.audit.AuditEvent;
import org.igkit.core.memory.InMemoryAuditLog;
import org.igkit.core.port.AuditLog;

/** The in-memory audit log passes the contract every adapter must pass. */
class InMemoryAuditLogTest extends AuditLogContract {
    private List<AuditEntry> storage;

    @Override
    protected AuditLog newLog() {
        storage = new ArrayList<>();
        return InMemoryAuditLog.over(storage);
    }

    @Override
    protected void alterStoredEntry(long sequence, String newActor) {
        int index = (int) sequence - 1;
        AuditEntry stored = storage.get(index);
        AuditEvent e = stored.event();
        AuditEvent forged = new AuditEvent(newActor, e.action(), e.occurredAt(), e.subjectType(), e.subjectId(), e.details());
        storage.set(index, new AuditEntry(stored.sequence(), forged, stored.previousHash(), stored.hash()));
    }

    @Override
    protected void removeStoredEntry(long sequence) {
        storage.remove((int) sequence - 1);
    }
}
