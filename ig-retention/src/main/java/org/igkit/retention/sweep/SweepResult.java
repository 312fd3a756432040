package org.igkit.retention.sweep;

import java.util.Objects;

import org.igkit.retention.disposal.DisposalBatch;

/**
 * What a sweep stored, and whether it stopped at the batch limit with more eligible records left for the next
 * sweep.
 *
 * @param batch      the stored, proposed batch
 * @param moreRemain true when more records were eligible than the batch limit lets one batch hold
 * @param batchLimit the most candidates one batch holds
 */
public record SweepResult(DisposalBatch batch, boolean moreRemain, int batchLimit) {
    public SweepResult {
        Objects.requireNonNull(batch, "batch");
    }

    /** The sweep in a sentence, saying when more records remain and what to do about them. */
    public String explanation() {
        String found = batch.candidates().size() + " record(s) eligible for disposal on " + batch.asOf()
                + " and in no other open batch";
        if (!moreRemain) {
            return found + ".";
        }
        return found + " (the batch limit of " + batchLimit + "); more records remain eligible: sweep again for "
                + "the next batch, which leaves out the records of this one.";
    }
}
