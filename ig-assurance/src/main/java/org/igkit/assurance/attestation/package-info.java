/**
 * Attestations: a member of staff confirms a policy version ("read, understood and agree to abide"), and the
 * coverage that follows per policy, per team and over all required policies (spec §5). An attestation counts for a
 * period (academic or financial year) when it is dated in it and made to the current version, or to an earlier
 * version when no later one requires staff to attest again.
 */
package org.igkit.assurance.attestation;
