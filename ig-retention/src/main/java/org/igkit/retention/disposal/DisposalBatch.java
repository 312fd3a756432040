package org.igkit.retention.disposal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.igkit.core.error.ValidationException;

/**
 * A batch of disposal candidates from one sweep, and its approval and execution.
 *
 * @param id          the batch's id
 * @param asOf        the sweep's date
 * @param candidates  the eligible records, ordered by due date then record id
 * @param state       PROPOSED, APPROVED or EXECUTED
 * @param approvedBy  the records manager who approved it, or {@code null}
 * @param approvedAt  when, or {@code null}
 * @param certificate the certificate once executed, or {@code null}
 * @param version     the stored version ({@code DisposalBatchRepository}), 0 before the first save
 */
public record DisposalBatch(String id, LocalDate asOf, List<DisposalCandidate> candidates, BatchState state,
                            String approvedBy, Instant approvedAt, DisposalCertificate certificate, long version) {
    public DisposalBatch {
        ValidationException.Collector problems = ValidationException.collector();
        problems.require(id != null && !id.isBlank(), "id", "must not be blank", id);
        problems.require(asOf != null, "asOf", "is required", null);
        problems.require(candidates != null, "candidates", "is required", null);
        problems.require(state != null, "state", "is required", null);
        boolean approved = state == BatchState.APPROVED || state == BatchState.EXECUTED;
        problems.require(approved == (approvedBy != null && approvedAt != null), "approvedBy",
                "an approved or executed batch names its approver and time, a proposed one does not", approvedBy);
        problems.require((state == BatchState.EXECUTED) == (certificate != null), "certificate",
                "an executed batch, and only one, has a certificate", null);
        problems.require(version >= 0, "version", "must not be negative", version);
        problems.throwIfAny();
        candidates = List.copyOf(candidates);
    }

    /** A batch as a sweep proposes it. */
    public static DisposalBatch proposed(String id, LocalDate asOf, List<DisposalCandidate> candidates) {
        return new DisposalBatch(id, asOf, candidates, BatchState.PROPOSED, null, null, null, 0);
    }

    /** A copy with the stored version (adapters use it on save). */
    public DisposalBatch withVersion(long newVersion) {
        return new DisposalBatch(id, asOf, candidates, state, approvedBy, approvedAt, certificate, newVersion);
    }

    /** The certificate, once executed. */
    public Optional<DisposalCertificate> findCertificate() {
        return Optional.ofNullable(certificate);
    }
}
