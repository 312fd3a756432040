package org.igkit.assurance.report;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.igkit.retention.disposal.CertifiedDisposal;
import org.igkit.retention.disposal.DisposalBatch;
import org.igkit.retention.record.RetainedRecord;

/**
 * Records management for the board (the ICO's "disposal adherence" KPI): the records past their disposal date and
 * not yet disposed of on the report date, and the records disposed of in the period under a certificate.
 *
 * @param backlog          records due for disposal on or before the report date and not disposed of
 * @param disposed         records a disposal certificate shows destroyed or transferred in the period
 * @param batchesExecuted  the disposal batches those certificates belong to
 */
public record DisposalFigures(Counted backlog, Counted disposed, Counted batchesExecuted) {
    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    /**
     * The figures from {@code dueOnOrBeforeAsOf} (the records the register lists as due by the report date) and
     * {@code batches} (every batch; those not executed, or executed outside the period, are ignored).
     */
    public static DisposalFigures of(ReportPeriod period, Collection<RetainedRecord> dueOnOrBeforeAsOf,
                                     Collection<DisposalBatch> batches) {
        List<String> backlog = dueOnOrBeforeAsOf.stream().filter(r -> !r.isDisposed())
                .map(RetainedRecord::id).toList();
        List<String> disposed = new ArrayList<>();
        List<String> executed = new ArrayList<>();
        for (DisposalBatch batch : batches) {
            if (batch.certificate() == null) {
                continue;
            }
            for (CertifiedDisposal done : batch.certificate().disposed()) {
                LocalDate on = done.executedAt().atZone(LONDON).toLocalDate();
                if (period.contains(on)) {
                    disposed.add(done.candidate().recordId());
                    executed.add(batch.id());
                }
            }
        }
        return new DisposalFigures(Counted.of(backlog), Counted.of(disposed), Counted.of(executed));
    }
}
