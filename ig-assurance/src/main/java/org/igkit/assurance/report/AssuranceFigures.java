package org.igkit.assurance.report;

import java.util.Objects;

/**
 * The assurance registers' part of the board report.
 *
 * @param policies     the policy log
 * @param attestation  attestation coverage
 * @param training     training compliance
 * @param dpias        the DPIA register
 * @param sharing      the sharing agreement log
 * @param dspt         the DSPT assessment
 */
public record AssuranceFigures(PolicyFigures policies, AttestationFigures attestation, TrainingFigures training,
                               DpiaFigures dpias, SharingFigures sharing, DsptFigures dspt) {
    public AssuranceFigures {
        Objects.requireNonNull(policies, "policies");
        Objects.requireNonNull(attestation, "attestation");
        Objects.requireNonNull(training, "training");
        Objects.requireNonNull(dpias, "dpias");
        Objects.requireNonNull(sharing, "sharing");
        Objects.requireNonNull(dspt, "dspt");
    }
}
