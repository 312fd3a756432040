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
 * @param state       PROPOSED, APPROVED, EXECUTING or EXECUTED
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
        boolean approved = state != null && state != BatchState.PROPOSED;
        problems.require(approved == (approvedBy != null && approvedAt != null), "approvedBy",
                "an approved, executing or executed batch names its approver and time, a proposed one does not", approvedBy);
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

    /** This proposed batch approved by {@code approver} at {@code at}, at the same version. */
    public DisposalBatch approvedBy(String approver, Instant at) {
        return new DisposalBatch(id, asOf, candidates, BatchState.APPROVED, approver, at, null, version);
    }

    /** This approved batch claimed by an execution, at the same version. */
    public DisposalBatch executing() {
        return new DisposalBatch(id, asOf, candidates, BatchState.EXECUTING, approvedBy, approvedAt, null, version);
    }

    /** This executing batch finished with its certificate, at the same version. */
    public DisposalBatch executedWith(DisposalCertificate issued) {
        return new DisposalBatch(id, asOf, candidates, BatchState.EXECUTED, approvedBy, approvedAt, issued, version);
    }

    /**
     * True while the batch holds its records: proposed, approved or executing. A record is a candidate of at most
     * one open batch ({@code DisposalBatchRepository}).
     */
    public boolean isOpen() {
        return state != BatchState.EXECUTED;
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
