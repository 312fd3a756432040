package org.igkit.rest.assurance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.igkit.rest.assurance.AssuranceHttp.IG_LEAD;
import static org.igkit.rest.assurance.AssuranceHttp.as;
import static org.igkit.rest.fixture.ProblemAssert.assertThatProblem;

import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import org.igkit.rest.fixture.RunningServer;
import org.igkit.rest.fixture.RunningServer.Reply;

/**
 * {@code /v1/reports/board} over HTTP: the quarter 1 April to 30 June 2026, reported on the fixture day (9 May
 * 2026, so the state figures are taken that day), from registers filled through the API.
 */
class BoardReportResourceTest {
    private static RunningServer server;

    @BeforeAll
    static void start() {
        server = AssuranceHttp.start();
        // a FOI request received Wednesday 1 April 2026, due Friday 1 May (20 working days; Good Friday and Easter
        // Monday excluded) and still open on 9 May: due in the quarter, not answered in time, and overdue
        Reply request = as(server, RunningServer.DPO, "POST", "/v1/requests", "{\"id\":\"FOI-1\",\"regime\":\"FOIA\","
                + "\"nation\":\"ENGLAND\",\"reference\":\"FOI-1\",\"requesterCategory\":\"JOURNALIST\","
                + "\"received\":\"2026-04-01\"}");
        assertThat(request.status()).as(request.toString()).isEqualTo(201);
        // approved 10 June 2024, reviewed every 12 months: overdue since 10 June 2025
        assertThat(as(server, IG_LEAD, "POST", "/v1/policies", AssuranceHttp.policy("dp")).status()).isEqualTo(201);
        as(server, IG_LEAD, "POST", "/v1/training/staff", AssuranceHttp.staff("S1"));
        as(server, IG_LEAD, "POST", "/v1/training/courses", AssuranceHttp.course("DP-1"));
        as(server, IG_LEAD, "POST", "/v1/training/completions", AssuranceHttp.completion("S1", "DP-1", "2026-01-10"));
        // the 2024-25 DSPT, due 30 June 2025: 313 days past on 9 May 2026, a negative figure
        as(server, IG_LEAD, "POST", "/v1/dspt", AssuranceHttp.dspt("DSPT-2024-25").replace("2025-26", "2024-25")
                .replace("2026-06-30", "2025-06-30"));
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    @DisplayName("The JSON report counts the overdue FOI request, the overdue policy and the trained member of staff, by id")
    void json() {
        Reply report = as(server, RunningServer.READER, "GET", "/v1/reports/board?from=2026-04-01", null);
        assertThat(report.status()).as(report.toString()).isEqualTo(200);
        JsonNode body = report.json();
        assertThat(body.path("period").path("endInclusive").asText()).isEqualTo("2026-06-30");
        assertThat(body.path("asOf").asText()).isEqualTo("2026-05-09");
        JsonNode foi = body.path("requests").path("timeliness").get(0);
        assertThat(foi.path("group").asText()).isEqualTo("FOI_EIR");
        assertThat(foi.path("due").path("ids").get(0).asText()).isEqualTo("FOI-1");
        assertThat(foi.path("band").asText()).isEqualTo("UNSATISFACTORY");
        assertThat(body.path("requests").path("overdue").path("count").asInt()).isEqualTo(1);
        assertThat(body.path("assurance").path("policies").path("overdueForReview").path("ids").get(0).asText())
                .isEqualTo("dp");
        assertThat(body.path("assurance").path("training").path("compliant").path("ids").get(0).asText())
                .isEqualTo("S1");
    }

    @Test
    @DisplayName("The CSV report is a file to save, one figure a row, a cell a spreadsheet would run (-313) guarded with '")
    void csv() {
        Reply csv = as(server, RunningServer.READER, "GET", "/v1/reports/board.csv?from=2026-04-01&period=QUARTER", null);
        assertThat(csv.status()).as(csv.toString()).isEqualTo(200);
        assertThat(csv.header("Content-Type").orElseThrow()).startsWith("text/csv");
        assertThat(csv.header("Content-Disposition").orElseThrow()).contains("board-report-2026-04-01.csv");
        List<String> lines = csv.body().lines().toList();
        assertThat(lines.get(0)).isEqualTo("section,figure,value,of,percent,band,ids");
        assertThat(lines).contains("requests.FOI_EIR,answeredInTime,0,1,0.0,UNSATISFACTORY,",
                "requests,overdue,1,,,,FOI-1", "policies,overdueForReview,1,,,,dp", "dspt,daysToDeadline,\"'-313\",,,,");
    }

    @Test
    @DisplayName("A period that is neither QUARTER nor YEAR, or a from that is no date, is refused with 422 naming it")
    void badInputNamesTheField() {
        assertThatProblem(as(server, RunningServer.READER, "GET", "/v1/reports/board?from=2026-04-01&period=WEEK", null))
                .hasStatus(422).hasErrorAt("period");
        assertThatProblem(as(server, RunningServer.READER, "GET", "/v1/reports/board.csv?from=April", null))
                .hasStatus(422).hasErrorAt("from");
    }

    @Test
    @DisplayName("The report needs a key: without one it is 401, and a READER key is enough")
    void roles() {
        assertThatProblem(server.send("GET", "/v1/reports/board?from=2026-04-01", null)).hasStatus(401);
        assertThat(as(server, RunningServer.READER, "GET", "/v1/reports/board?from=2026-04-01&period=YEAR", null)
                .status()).isEqualTo(200);
    }
}
