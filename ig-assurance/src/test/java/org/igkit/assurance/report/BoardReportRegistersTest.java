package org.igkit.assurance.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.igkit.assurance.report.RegisterSeeds.breach;
import static org.igkit.assurance.report.RegisterSeeds.dueRecord;
import static org.igkit.assurance.report.RegisterSeeds.executedBatch;
import static org.igkit.assurance.report.RegisterSeeds.request;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.igkit.breach.facts.RiskTier;
import org.igkit.breach.memory.InMemoryBreachRepository;
import org.igkit.breach.port.BreachRepository;
import org.igkit.requests.memory.InMemoryRequestRepository;
import org.igkit.requests.port.RequestRepository;
import org.igkit.requests.regime.RegimeId;
import org.igkit.retention.memory.InMemoryDisposalBatchRepository;
import org.igkit.retention.memory.InMemoryRecordRepository;
import org.igkit.retention.port.DisposalBatchRepository;
import org.igkit.retention.port.RecordRepository;

/**
 * The board report's request, breach and disposal figures against a quarter worked by hand: Q1 of the financial
 * year 2025/26 (1 April to 30 June 2025), reported on 15 July, so its state figures are taken on 30 June.
 */
class BoardReportRegistersTest {
    private static final ReportPeriod Q1 = ReportPeriod.quarterFrom(LocalDate.of(2025, 4, 1));
    private static final AssuranceReporting NO_ASSURANCE = (period, asOf) -> EmptyAssurance.figures();

    private final RequestRepository requests = InMemoryRequestRepository.create();
    private final BreachRepository breaches = InMemoryBreachRepository.create();
    private final RecordRepository records = InMemoryRecordRepository.create();
    private final DisposalBatchRepository batches = InMemoryDisposalBatchRepository.create();

    @BeforeEach
    void seed() {
        // FOI/EIR: due in Q1 are F1 (in time), F2 (late), F3 (on its due date) and F7 (open past due): 2 of 4.
        // F4 is due on 30 June and still open: it can still be answered in time, so it is not counted yet.
        requests.save(request("F1", RegimeId.FOIA, date("2025-03-10"), date("2025-04-07"), date("2025-04-03")));
        requests.save(request("F2", RegimeId.FOIA, date("2025-04-01"), date("2025-04-29"), date("2025-05-02")));
        requests.save(request("F3", RegimeId.EIR, date("2025-05-01"), date("2025-05-30"), date("2025-05-30")));
        requests.save(request("F4", RegimeId.FOIA, date("2025-06-02"), date("2025-06-30"), null));
        requests.save(request("F5", RegimeId.FOIA, date("2025-06-10"), date("2025-07-08"), date("2025-07-01")));
        requests.save(request("F6", RegimeId.FOIA, date("2025-02-01"), date("2025-03-03"), date("2025-03-01")));
        requests.save(request("F7", RegimeId.FOIA, date("2025-05-01"), date("2025-05-29"), null));
        // open since 2024, long overdue: not due in Q1, but overdue on 30 June
        requests.save(request("O1", RegimeId.FOIA, date("2024-01-05"), date("2024-02-02"), null));
        // re-use of public sector information: in no reported group
        requests.save(request("P1", RegimeId.RPSI_2015, date("2025-04-01"), date("2025-04-29"), date("2025-05-20")));
        // subject access: S1 in time; S2, received in January and extended to 20 April, answered on 22 April
        requests.save(request("S1", RegimeId.UKGDPR_SAR, date("2025-03-15"), date("2025-04-15"), date("2025-04-10")));
        requests.save(request("S2", RegimeId.UKGDPR_SAR, date("2025-01-20"), date("2025-04-20"), date("2025-04-22")));

        // awareness at 00:30 BST on 1 April is in Q1; 23:30 BST on 31 March is not
        breaches.save(breach("B1", "2025-03-31T23:30:00Z", true, "2025-04-01T23:30:00Z"));
        breaches.save(breach("B2", "2025-03-31T22:30:00Z", true, null));
        breaches.save(breach("B3", "2025-05-10T09:00:00+01:00", true, null));
        breaches.save(breach("B4", "2025-06-01T10:00:00+01:00", false, null));
        breaches.save(breach("B5", "2025-06-20T10:00:00Z", true, "2025-06-24T10:00:00Z"));

        records.save(dueRecord("R1", date("2025-06-30")));
        records.save(dueRecord("R2", date("2024-01-01")));
        records.save(dueRecord("R3", date("2025-07-01")));
        // executed 00:30 BST on 1 July (after Q1), 09:00 BST on 1 April (in), 23:59 BST on 31 March (before)
        batches.save(executedBatch("D1", "2025-06-30T23:30:00Z", "X1"));
        batches.save(executedBatch("D2", "2025-04-01T08:00:00Z", "X2", "X3"));
        batches.save(executedBatch("D3", "2025-03-31T22:59:00Z", "X4"));
    }

    private BoardReport reportOn(String today) {
        Clock clock = Clock.fixed(Instant.parse(today + "T12:00:00Z"), ZoneOffset.UTC);
        return BoardReports.over(requests, breaches, records, batches, NO_ASSURANCE, clock).report(Q1);
    }

    @Test
    @DisplayName("FOI/EIR in Q1: 2 of the 4 requests due answered in time, 50.0%, Unsatisfactory (ICO: under 90%)")
    void foiTimeliness() {
        RequestFigures.Line foi = reportOn("2025-07-15").requests().timeliness().get(0);

        assertThat(foi.group()).isEqualTo(RequestGroup.FOI_EIR);
        assertThat(foi.due().ids()).containsExactly("F1", "F2", "F3", "F7");
        assertThat(foi.inTime().ids()).containsExactly("F1", "F3");
        assertThat(foi.notInTime().ids()).containsExactly("F2", "F7");
        assertThat(foi.share().percent()).isEqualByComparingTo(new BigDecimal("50.0"));
        assertThat(foi.band()).isEqualTo(TimelinessBand.UNSATISFACTORY);
    }

    @Test
    @DisplayName("Subject access in Q1: S1 in time, S2 two days past its extended date; no internal reviews, so no band")
    void sarAndReviews() {
        BoardReport report = reportOn("2025-07-15");
        RequestFigures.Line reviews = report.requests().timeliness().get(1);
        RequestFigures.Line sar = report.requests().timeliness().get(2);

        assertThat(reviews.group()).isEqualTo(RequestGroup.INTERNAL_REVIEW);
        assertThat(reviews.due().count()).isZero();
        assertThat(reviews.band()).isNull();
        assertThat(reviews.share().percent()).isNull();
        assertThat(sar.due().ids()).containsExactly("S1", "S2");
        assertThat(sar.inTime().ids()).containsExactly("S1");
        assertThat(sar.band()).isEqualTo(TimelinessBand.UNSATISFACTORY);
    }

    @Test
    @DisplayName("Overdue on 30 June: the open requests due before it (F7, O1), not F4, due that day")
    void overdueRequests() {
        assertThat(reportOn("2025-07-15").requests().overdue().ids()).containsExactly("F7", "O1");
    }

    @Test
    @DisplayName("A quarter not yet ended is reported as of today: on 15 May, F7 (due 29 May) can still be answered in time")
    void aQuarterInProgress() {
        BoardReport report = reportOn("2025-05-15");

        assertThat(report.asOf()).isEqualTo(date("2025-05-15"));
        RequestFigures.Line foi = report.requests().timeliness().get(0);
        // F3 is counted: it is answered, and due in the quarter; F4 and F7 are open with their deadline to come
        assertThat(foi.due().ids()).containsExactly("F1", "F2", "F3");
        assertThat(report.requests().overdue().ids()).containsExactly("O1");
    }

    @Test
    @DisplayName("Breaches aware in Q1 (London time): 4 logged, 3 reportable, 2 reported to the ICO, 1 late, 1 not reported")
    void breaches() {
        BreachFigures figures = reportOn("2025-07-15").breaches();

        assertThat(figures.logged().ids()).containsExactly("B1", "B3", "B4", "B5");
        assertThat(figures.reportable().ids()).containsExactly("B1", "B3", "B5");
        assertThat(figures.reportedToIco().ids()).containsExactly("B1", "B5");
        assertThat(figures.reportedLate().ids()).containsExactly("B5");
        assertThat(figures.reportableNotReported().ids()).containsExactly("B3");
        assertThat(figures.byTier().values().stream().mapToInt(Counted::count).sum()).isEqualTo(4);
        assertThat(figures.byTier().get(RiskTier.NO_RISK).ids()).contains("B4");
    }

    @Test
    @DisplayName("Disposal: R1 and R2 past their date on 30 June; X2 and X3 destroyed in Q1 (batch D2), not D1 or D3")
    void disposal() {
        DisposalFigures figures = reportOn("2025-07-15").disposal();

        assertThat(figures.backlog().ids()).containsExactly("R1", "R2");
        assertThat(figures.disposed().ids()).containsExactly("X2", "X3");
        assertThat(figures.batchesExecuted().ids()).containsExactly("D2");
    }

    @Test
    @DisplayName("Every figure of the CSV is one row with its ids, and a cell a spreadsheet would run is guarded")
    void csv() {
        requests.save(request("=HYPERLINK(1)", RegimeId.FOIA, date("2025-04-01"), date("2025-04-29"), null));
        String csv = reportOn("2025-07-15").toCsv();

        List<String> lines = csv.lines().toList();
        assertThat(lines.get(0)).isEqualTo("section,figure,value,of,percent,band,ids");
        assertThat(lines).contains("requests.FOI_EIR,answeredInTime,2,5,40.0,UNSATISFACTORY,F1 F3");
        assertThat(lines).contains("requests,overdue,3,,,,\"'=HYPERLINK(1) F7 O1\"");
        assertThat(lines).contains("breaches,reportedToIco,2,,,,B1 B5");
    }

    private static LocalDate date(String text) {
        return LocalDate.parse(text);
    }
}
