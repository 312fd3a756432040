package org.igkit.testkit.core;

import java.util.List;
import java.util.Objects;

import org.igkit.core.audit.AuditCheckpoint;
import org.igkit.core.audit.AuditEntry;
import org.igkit.core.audit.AuditEvent;
import org.igkit.core.audit.ChainVerification;
import org.igkit.core.paging.Page;
import org.igkit.core.paging.PageRequest;
import org.igkit.core.port.AuditLog;

/**
 * An audit log that passes every call on to another; tests override {@link #append} to fail where a crash would,
 * and check that the change made in the same unit of work was not kept either.
 */
public abstract class ForwardingAuditLog implements AuditLog {
    private final AuditLog log;

    protected ForwardingAuditLog(AuditLog log) {
        this.log = Objects.requireNonNull(log, "log");
    }

    @Override
    public AuditEntry append(AuditEvent event) {
        return log.append(event);
    }

    @Override
    public Page<AuditEntry> read(PageRequest page) {
        return log.read(page);
    }

    @Override
    public List<AuditEntry> forSubject(String subjectType, String subjectId) {
        return log.forSubject(subjectType, subjectId);
    }

    @Override
    public long size() {
        return log.size();
    }

    @Override
    public ChainVerification verify() {
        return log.verify();
    }

    @Override
    public ChainVerification verifyAgainst(AuditCheckpoint keptElsewhere) {
        return log.verifyAgainst(keptElsewhere);
    }

    @Override
    public AuditCheckpoint checkpoint() {
        return log.checkpoint();
    }

    @Override
    public List<AuditCheckpoint> checkpoints() {
        return log.checkpoints();
    }
}
