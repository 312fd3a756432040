package org.igkit.assurance.register;

import java.time.Clock;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Supplier;

import org.igkit.core.audit.AuditEvent;
import org.igkit.core.error.ConflictException;
import org.igkit.core.port.AuditLog;
import org.igkit.core.port.UnitOfWork;

/**
 * How every register makes a change: in one unit of work, check the caller's version, save, and append the audit
 * event dated by the clock. Package-private: the registers are its only users.
 */
final class Changes {
    private final AuditLog auditLog;
    private final UnitOfWork unitOfWork;
    private final Clock clock;

    Changes(AuditLog auditLog, UnitOfWork unitOfWork, Clock clock) {
        this.auditLog = Objects.requireNonNull(auditLog, "auditLog");
        this.unitOfWork = Objects.requireNonNull(unitOfWork, "unitOfWork");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    Clock clock() {
        return clock;
    }

    /** Runs {@code save} and audits its result as {@code action} on {@code subjectType}, in one unit. */
    <T> T run(String doing, String actor, String action, String subjectType, Supplier<T> save,
            Function<T, String> idOf, Function<T, Map<String, String>> details) {
        Objects.requireNonNull(actor, "actor");
        return unitOfWork.run(doing, () -> {
            T saved = save.get();
            audit(actor, action, subjectType, idOf.apply(saved), details.apply(saved));
            return saved;
        });
    }

    /** Appends one audit event now; call inside a unit. */
    void audit(String actor, String action, String subjectType, String subjectId, Map<String, String> details) {
        auditLog.append(new AuditEvent(actor, action, clock.instant(), subjectType, subjectId, new TreeMap<>(details)));
    }

    /** Runs {@code work} as one unit. */
    <T> T unit(String doing, Supplier<T> work) {
        return unitOfWork.run(doing, work);
    }

    /** {@code stored}, when its version is {@code expectedVersion}. */
    static <T> T atVersion(T stored, long storedVersion, long expectedVersion, String type, String id) {
        if (storedVersion != expectedVersion) {
            throw ConflictException.versionMismatch(type, id, expectedVersion, storedVersion);
        }
        return stored;
    }
}
