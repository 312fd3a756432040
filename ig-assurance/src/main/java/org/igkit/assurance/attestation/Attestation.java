package org.igkit.assurance.attestation;

import java.time.LocalDate;
import java.util.Objects;

import org.igkit.core.IdRule;
import org.igkit.core.error.ValidationException;

/**
 * A member of staff's confirmation that they have read and will follow a version of a policy. A fact: never
 * changed once recorded, and identified by {@link #key()}.
 *
 * @param staffId       who
 * @param policyId      which policy
 * @param policyVersion which version, as labelled in the policy's version table
 * @param attestedOn    when
 * @param method        how
 */
public record Attestation(String staffId, String policyId, String policyVersion, LocalDate attestedOn,
        AttestationMethod method) {
    public Attestation {
        ValidationException.Collector problems = ValidationException.collector();
        IdRule.check(problems, "staffId", staffId);
        IdRule.check(problems, "policyId", policyId);
        problems.require(policyVersion != null && !policyVersion.isBlank() && policyVersion.indexOf('|') < 0,
                "policyVersion", "must not be blank or hold '|'", policyVersion);
        problems.require(attestedOn != null, "attestedOn", "is required", null);
        problems.require(method != null, "method", "is required", null);
        problems.throwIfAny();
    }

    /** {@code staffId} attested {@code policyId} version {@code policyVersion} on {@code attestedOn}. */
    public static Attestation of(String staffId, String policyId, String policyVersion, LocalDate attestedOn,
            AttestationMethod method) {
        return new Attestation(staffId, policyId, policyVersion, attestedOn, method);
    }

    /**
     * The identity of the fact, {@code staff|policy|version|date}: the same person attesting the same version twice
     * on one day is one attestation. Lists are ordered by it, and it is the paging cursor.
     */
    public String key() {
        return staffId + '|' + policyId + '|' + policyVersion + '|' + attestedOn;
    }

    @Override
    public String toString() {
        return Objects.toString(key()) + " (" + method + ")";
    }
}
