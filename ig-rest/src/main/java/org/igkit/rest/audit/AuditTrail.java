package org.igkit.rest.audit;

import java.security.Principal;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;

import jakarta.ws.rs.core.SecurityContext;

import org.igkit.core.audit.AuditEvent;
import org.igkit.core.port.AuditLog;

/**
 * Writes what a caller changed to the audit log: the key's fingerprint as the actor, the clock's instant. Every
 * register resource records its changes through one.
 */
public final class AuditTrail {
    private final AuditLog log;
    private final Clock clock;

    public AuditTrail(AuditLog log, Clock clock) {
        this.log = log;
        this.clock = clock;
    }

    /** Records that the caller of {@code security} did {@code action} to {@code subjectType} {@code subjectId}. */
    public void record(SecurityContext security, String action, String subjectType, String subjectId,
                       Map<String, String> details) {
        Principal caller = security == null ? null : security.getUserPrincipal();
        String actor = caller == null ? "anonymous" : caller.getName();
        log.append(new AuditEvent(actor, action, Instant.now(clock), subjectType, subjectId, details));
    }
}
