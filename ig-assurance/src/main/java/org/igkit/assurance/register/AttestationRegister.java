package org.igkit.assurance.register;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.igkit.assurance.attestation.Attestation;
import org.igkit.assurance.attestation.AttestationCoverage;
import org.igkit.assurance.attestation.CoverageRule;
import org.igkit.assurance.policy.Policy;
import org.igkit.assurance.port.AttestationRepository;
import org.igkit.assurance.port.PolicyRepository;
import org.igkit.assurance.port.StaffRepository;
import org.igkit.core.error.ValidationException;
import org.igkit.core.paging.Page;

/** Records attestations (each to a version on the policy's table, by a known member of staff) and reports coverage. */
public final class AttestationRegister {
    /** The audit subject type. */
    public static final String SUBJECT = "attestation";
    /** One attestation recorded. */
    public static final String RECORDED_ACTION = "attestation.recorded";
    /** A batch of attestations recorded (an import). */
    public static final String BATCH_RECORDED_ACTION = "attestation.batch-recorded";

    private final AttestationRepository attestations;
    private final PolicyRepository policies;
    private final StaffRepository staff;
    private final Changes changes;
    private final CoverageRule rule;

    AttestationRegister(AttestationRepository attestations, PolicyRepository policies, StaffRepository staff,
            Changes changes, CoverageRule rule) {
        this.attestations = attestations;
        this.policies = policies;
        this.staff = staff;
        this.changes = changes;
        this.rule = rule;
    }

    /**
     * Records {@code attestation}; true when new, false when it was already held (and nothing is audited).
     *
     * @throws ValidationException on {@code staffId} or {@code policyVersion} when the person or version is unknown
     */
    public boolean record(Attestation attestation, String actor) {
        Objects.requireNonNull(attestation, "attestation");
        Objects.requireNonNull(actor, "actor");
        return changes.unit("recording attestation " + attestation.key(), () -> {
            check(attestation);
            boolean added = attestations.add(attestation);
            if (added) {
                changes.audit(actor, RECORDED_ACTION, SUBJECT, attestation.key(), Map.of("policyId",
                        attestation.policyId(), "policyVersion", attestation.policyVersion(), "method",
                        attestation.method().name()));
            }
            return added;
        });
    }

    /**
     * Records a batch, all checked first (nothing written when one is refused), with one audit entry naming
     * {@code batchId} and the counts. Returns how many were new.
     */
    public int recordAll(String batchId, List<Attestation> batch, String actor) {
        Objects.requireNonNull(batch, "batch");
        Objects.requireNonNull(actor, "actor");
        return changes.unit("recording attestation batch " + batchId, () -> {
            ValidationException.Collector problems = ValidationException.collector();
            for (int i = 0; i < batch.size(); i++) {
                try {
                    check(batch.get(i));
                } catch (ValidationException e) {
                    problems.addAll("[" + i + "]", e);
                }
            }
            problems.throwIfAny();
            int added = attestations.addAll(batch);
            changes.audit(actor, BATCH_RECORDED_ACTION, SUBJECT, batchId, Map.of("rows",
                    Integer.toString(batch.size()), "added", Integer.toString(added)));
            return added;
        });
    }

    /** The coverage of {@code requiredPolicyIds} on {@code asOf}. */
    public AttestationCoverage coverage(Collection<String> requiredPolicyIds, LocalDate asOf) {
        List<Policy> required = requiredPolicyIds.stream().map(policies::get).toList();
        return rule.coverage(required, Page.all(staff::list).toList(), Page.all(attestations::list).toList(), asOf);
    }

    /** The attestations of one member of staff. */
    public List<Attestation> ofStaff(String staffId) {
        return attestations.forStaff(staffId);
    }

    private void check(Attestation attestation) {
        ValidationException.Collector problems = ValidationException.collector();
        problems.require(staff.find(attestation.staffId()).isPresent(), "staffId", "is not on the staff list",
                attestation.staffId());
        policies.find(attestation.policyId()).ifPresentOrElse(
                p -> problems.require(p.indexOf(attestation.policyVersion()) >= 0, "policyVersion",
                        "is not a version of policy " + p.id(), attestation.policyVersion()),
                () -> problems.add("policyId", "is not on the policy log", attestation.policyId()));
        problems.throwIfAny();
    }
}
