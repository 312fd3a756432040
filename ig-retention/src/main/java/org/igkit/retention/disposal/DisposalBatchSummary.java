package org.igkit.retention.disposal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A disposal batch without its candidates, for lists: a batch may hold thousands of candidates, and a list of
 * batches that embedded them all answered a one-item page with tens of megabytes. The candidates are read from the
 * batch itself, a page at a time.
 *
 * @param id         the batch's id
 * @param asOf       the sweep's date
 * @param state      where the batch is in its life
 * @param candidateCount how many candidates it holds
 * @param approvedBy who approved it, or {@code null}
 * @param approvedAt when, or {@code null}
 * @param executedAt when it was executed (the certificate's time), or {@code null}
 * @param disposedCount how many records the certificate lists as disposed of, or {@code null} before execution
 * @param withheldCount how many it lists as withheld, or {@code null} before execution
 * @param version    the stored version
 */
public record DisposalBatchSummary(String id, LocalDate asOf, BatchState state, int candidateCount, String approvedBy,
                                   Instant approvedAt, Instant executedAt, Integer disposedCount,
                                   Integer withheldCount,
                                   long version) {
    public DisposalBatchSummary {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(asOf, "asOf");
        Objects.requireNonNull(state, "state");
    }

    /** The summary of {@code batch}. */
    public static DisposalBatchSummary of(DisposalBatch batch) {
        Objects.requireNonNull(batch, "batch");
        DisposalCertificate certificate = batch.certificate();
        return new DisposalBatchSummary(batch.id(), batch.asOf(), batch.state(), batch.candidates().size(),
                batch.approvedBy(), batch.approvedAt(), certificate == null ? null : certificate.executedAt(),
                certificate == null ? null : certificate.disposed().size(),
                certificate == null ? null : certificate.withheld().size(), batch.version());
    }
}
