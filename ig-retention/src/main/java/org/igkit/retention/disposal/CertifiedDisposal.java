package org.igkit.retention.disposal;

import java.time.Instant;
import java.util.Objects;

/**
 * One record a certificate says was disposed of.
 *
 * @param candidate  what was disposed of, under which rule and citations, with which action
 * @param executedAt when it was disposed of
 */
public record CertifiedDisposal(DisposalCandidate candidate, Instant executedAt) {
    public CertifiedDisposal {
        Objects.requireNonNull(candidate, "candidate");
        Objects.requireNonNull(executedAt, "executedAt");
    }
}
