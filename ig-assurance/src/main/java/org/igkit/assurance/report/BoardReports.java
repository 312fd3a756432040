package org.igkit.assurance.report;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;

import org.igkit.breach.log.BreachRecord;
import org.igkit.breach.port.BreachRepository;
import org.igkit.core.paging.Page;
import org.igkit.requests.register.InformationRequest;
import org.igkit.requests.port.RequestRepository;
import org.igkit.retention.disposal.DisposalBatch;
import org.igkit.retention.port.DisposalBatchRepository;
import org.igkit.retention.port.RecordRepository;
import org.igkit.retention.record.RetainedRecord;

/**
 * Builds the {@link BoardReport}: reads the request register, the breach log, the retention register and the
 * assurance registers through their ports (read-only: a report changes nothing, so it is not audited) and counts.
 *
 * <pre>{@code
 * BoardReports reports = BoardReports.over(requests, breaches, records, disposalBatches, assurance, clock);
 * BoardReport q1 = reports.report(ReportPeriod.quarterFrom(LocalDate.of(2025, 4, 1)));
 * }</pre>
 */
public final class BoardReports {
    /**
     * How far before the period a request may have been received and still fall due in it: a SAR extended by two
     * months is due three months after receipt; a year covers that and clocks paused for clarification.
     */
    static final int LOOKBACK_MONTHS = 12;
    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    private final RequestRepository requests;
    private final BreachRepository breaches;
    private final RecordRepository records;
    private final DisposalBatchRepository batches;
    private final AssuranceReporting assurance;
    private final Clock clock;

    private BoardReports(RequestRepository requests, BreachRepository breaches, RecordRepository records,
                         DisposalBatchRepository batches, AssuranceReporting assurance, Clock clock) {
        this.requests = Objects.requireNonNull(requests, "requests");
        this.breaches = Objects.requireNonNull(breaches, "breaches");
        this.records = Objects.requireNonNull(records, "records");
        this.batches = Objects.requireNonNull(batches, "batches");
        this.assurance = Objects.requireNonNull(assurance, "assurance");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** Reports over these registers; {@code clock} gives today for a period that has not ended. */
    public static BoardReports over(RequestRepository requests, BreachRepository breaches, RecordRepository records,
                                    DisposalBatchRepository batches, AssuranceReporting assurance, Clock clock) {
        return new BoardReports(requests, breaches, records, batches, assurance, clock);
    }

    /** The report for {@code period}, its state figures taken on its last day or today, whichever is earlier. */
    public BoardReport report(ReportPeriod period) {
        Objects.requireNonNull(period, "period");
        LocalDate today = LocalDate.now(clock.withZone(LONDON));
        LocalDate asOf = today.isBefore(period.endInclusive()) ? today : period.endInclusive();
        List<InformationRequest> candidates = Page.all(p -> requests.listReceivedBetween(
                period.startInclusive().minusMonths(LOOKBACK_MONTHS), period.endInclusive(), p)).toList();
        List<InformationRequest> pastDue = Page.all(p -> requests.listDueOnOrBefore(asOf.minusDays(1), p)).toList();
        Instant from = period.startInclusive().atStartOfDay(LONDON).toInstant();
        Instant to = period.endInclusive().plusDays(1).atStartOfDay(LONDON).toInstant();
        List<BreachRecord> aware = Page.all(p -> breaches.listAwareBetween(from, to, p)).toList();
        List<RetainedRecord> due = Page.all(p -> records.listDueOnOrBefore(asOf, p)).toList();
        List<DisposalBatch> all = Page.all(batches::list).toList();
        return new BoardReport(period, asOf, RequestFigures.of(period, asOf, candidates, pastDue),
                BreachFigures.of(aware), DisposalFigures.of(period, due, all), assurance.figures(period, asOf));
    }
}
