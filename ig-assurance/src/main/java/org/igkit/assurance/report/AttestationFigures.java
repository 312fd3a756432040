package org.igkit.assurance.report;

import java.util.List;

/**
 * Attestation coverage: of the staff required to attest, who has attested to the version in force of each
 * required policy in the attestation period (spec §5), per policy and for all of them.
 *
 * @param period        the attestation period the coverage is counted in, e.g. {@code 2025/26}
 * @param perPolicy     one line per required policy, by policy id
 * @param required      the staff required to attest on the report date
 * @param coveredForAll of those, the ones covered for every required policy
 * @param overall       {@code coveredForAll} of {@code required}
 */
public record AttestationFigures(String period, List<Line> perPolicy, Counted required, Counted coveredForAll,
                                 Percentage overall) {
    public AttestationFigures {
        perPolicy = List.copyOf(perPolicy);
    }

    /**
     * One policy's coverage.
     *
     * @param policyId the policy
     * @param covered  required staff covered for it
     * @param missing  required staff not covered for it
     * @param share    {@code covered} of the required staff
     */
    public record Line(String policyId, Counted covered, Counted missing, Percentage share) {
    }
}
