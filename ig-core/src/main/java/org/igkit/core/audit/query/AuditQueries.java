package org.igkit.core.audit.query;

import java.util.List;
import java.util.Objects;

import org.igkit.core.audit.AuditCheckpoint;
import org.igkit.core.audit.AuditEntry;
import org.igkit.core.audit.ChainVerification;
import org.igkit.core.error.ValidationException;
import org.igkit.core.paging.Page;
import org.igkit.core.paging.PageRequest;
import org.igkit.core.port.AuditLog;

/**
 * The read side of the audit context: the log page by page, every entry about one subject, and the verification
 * of the hash chain. Nothing here writes; each context's service appends its own events.
 */
public final class AuditQueries {
    private final AuditLog log;

    private AuditQueries(AuditLog log) {
        this.log = Objects.requireNonNull(log, "log");
    }

    /** The queries over {@code log}. */
    public static AuditQueries over(AuditLog log) {
        return new AuditQueries(log);
    }

    /** Entries in sequence order, a page at a time. */
    public Page<AuditEntry> read(PageRequest page) {
        return log.read(Objects.requireNonNull(page, "page"));
    }

    /**
     * Every entry about one subject, in sequence order.
     *
     * @throws ValidationException naming {@code subjectType} or {@code subjectId} when either is blank
     */
    public List<AuditEntry> forSubject(String subjectType, String subjectId) {
        ValidationException.Collector problems = ValidationException.collector();
        problems.require(subjectType != null && !subjectType.isBlank(), "subjectType", "is required with subjectId",
                subjectType);
        problems.require(subjectId != null && !subjectId.isBlank(), "subjectId", "is required with subjectType",
                subjectId);
        problems.throwIfAny();
        return log.forSubject(subjectType, subjectId);
    }

    /** Walks the whole chain and reports the first entry edited, inserted or removed, if any. */
    public ChainVerification verify() {
        return log.verify();
    }

    /**
     * As {@link #verify()}, and also against a checkpoint kept outside the database, in the text
     * {@link AuditCheckpoint#toText()} wrote.
     *
     * @throws ValidationException naming {@code checkpoint} when the text is not a checkpoint
     */
    public ChainVerification verifyAgainst(String checkpointText) {
        if (checkpointText == null || checkpointText.isBlank()) {
            throw new ValidationException("checkpoint", "is required: the line a checkpoint's text gave", null);
        }
        return log.verifyAgainst(AuditCheckpoint.parse(checkpointText));
    }

    /** The stored checkpoints, oldest first. */
    public List<AuditCheckpoint> checkpoints() {
        return log.checkpoints();
    }
}
