package org.igkit.rest.requests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.igkit.rest.fixture.ProblemAssert.assertThatProblem;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import org.igkit.rest.fixture.RunningServer;
import org.igkit.rest.fixture.RunningServer.Reply;

/** {@code /v1/requests} over HTTP: receive, read, events with If-Match, closure, lists, statistics, audit. */
class RequestResourceTest {
    private static RunningServer server;

    @BeforeAll
    static void start() {
        server = RunningServer.start();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static Reply as(String key, String method, String path, String body, String... more) {
        String[] headers = new String[4 + more.length];
        headers[0] = "Authorization";
        headers[1] = "Bearer " + key;
        headers[2] = "Content-Type";
        headers[3] = "application/json";
        System.arraycopy(more, 0, headers, 4, more.length);
        return server.send(method, path, body, headers);
    }

    private static Reply receive(String id, String received) {
        return as(RunningServer.DPO, "POST", "/v1/requests", "{\"id\":\"" + id + "\",\"regime\":\"FOIA\",\"nation\":\"ENGLAND\","
                + "\"reference\":\"FOI-" + id + "\",\"requesterCategory\":\"JOURNALIST\",\"received\":\"" + received + "\"}");
    }

    @Test
    @DisplayName("A FOIA request received 2 October 2024 is stored with its deadline, 30 October (FOIA s.10(1)), and audited")
    void receiveAndRead() {
        Reply created = receive("R-1", "2024-10-02");
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        assertThat(created.header("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/v1/requests/R-1"));
        assertThat(created.header("ETag")).hasValue("\"1\"");
        assertThat(created.json().path("dueDate").asText()).isEqualTo("2024-10-30");

        Reply read = as(RunningServer.READER, "GET", "/v1/requests/R-1", null);
        assertThat(read.status()).isEqualTo(200);
        assertThat(read.json().path("reference").asText()).isEqualTo("FOI-R-1");
        assertThat(server.server().root().auditLog().forSubject("information request", "R-1"))
                .extracting(e -> e.event().action()).containsExactly("request.received");
        assertThat(server.server().root().auditLog().forSubject("information request", "R-1").get(0).event().actor())
                .matches("key-[0-9a-f]{8}");
    }

    @Test
    @DisplayName("An event needs If-Match: 428 without, 412 when stale; with it the deadline is recomputed (s.10(6)(b) restart)")
    void eventsUseOptimisticLocking() {
        receive("R-2", "2024-10-02");
        String requested = "{\"type\":\"clarification_requested\",\"date\":\"2024-10-03\"}";
        assertThatProblem(as(RunningServer.DPO, "POST", "/v1/requests/R-2/events", requested)).hasStatus(428);
        assertThatProblem(as(RunningServer.DPO, "POST", "/v1/requests/R-2/events", requested, "If-Match", "\"7\"")).hasStatus(412);
        Reply first = as(RunningServer.DPO, "POST", "/v1/requests/R-2/events", requested, "If-Match", "\"1\"");
        assertThat(first.status()).as(first.toString()).isEqualTo(200);
        Reply second = as(RunningServer.DPO, "POST", "/v1/requests/R-2/events",
                "{\"type\":\"clarification_received\",\"date\":\"2024-10-10\"}", "If-Match", first.header("ETag").orElseThrow());
        assertThat(second.json().path("dueDate").asText()).isEqualTo("2024-11-07");
        assertThat(second.header("ETag")).hasValue("\"3\"");

        JsonNode deadline = as(RunningServer.READER, "GET", "/v1/requests/R-2/deadline?asOf=2024-10-15", null).json();
        assertThat(deadline.path("dueDate").asText()).isEqualTo("2024-11-07");
        assertThat(deadline.path("status").asText()).isEqualTo("open");
    }

    @Test
    @DisplayName("Closing, the due list and timeliness statistics")
    void closeListAndStatistics() {
        receive("R-3", "2024-01-02");
        receive("R-4", "2024-01-03");
        Reply closed = as(RunningServer.DPO, "POST", "/v1/requests/R-3/closure",
                "{\"on\":\"2024-01-20\",\"outcome\":\"GRANTED\"}", "If-Match", "\"1\"");
        assertThat(closed.status()).as(closed.toString()).isEqualTo(200);
        assertThat(closed.json().path("outcome").asText()).isEqualTo("GRANTED");

        JsonNode due = as(RunningServer.READER, "GET", "/v1/requests?dueOnOrBefore=2024-02-29", null).json();
        assertThat(due.path("items").findValuesAsText("id")).contains("R-4").doesNotContain("R-3");

        JsonNode stats = as(RunningServer.READER, "GET", "/v1/requests/statistics?from=2024-01-01&to=2024-01-31", null).json();
        assertThat(stats.path("total").path("received").asInt()).isEqualTo(2);
        assertThat(stats.path("total").path("onTime").asInt()).isEqualTo(1);
    }

    @Test
    @DisplayName("Refusals: a READER cannot write, a duplicate id is 409, bad values are 422, an unknown id is 404")
    void refusals() {
        receive("R-5", "2024-10-02");
        assertThatProblem(as(RunningServer.READER, "POST", "/v1/requests", "{\"regime\":\"FOIA\"}")).hasStatus(403);
        assertThatProblem(receive("R-5", "2024-10-02")).hasStatus(409).hasType("conflict");
        assertThatProblem(as(RunningServer.DPO, "POST", "/v1/requests", "{\"regime\":\"FOIX\",\"nation\":\"X\",\"received\":\"2024-10-02\"}"))
                .hasStatus(422).hasErrorAt("regime").hasErrorAt("nation");
        assertThatProblem(as(RunningServer.DPO, "POST", "/v1/requests", "{\"regime\":\"FOIA\",\"received\":\"2024-10-02\"}"))
                .hasStatus(422).hasErrorAt("reference").hasErrorAt("requesterCategory");
        assertThatProblem(as(RunningServer.READER, "GET", "/v1/requests/nope", null)).hasStatus(404).hasType("not-found");
        assertThatProblem(as(RunningServer.READER, "GET", "/v1/requests?dueOnOrBefore=soon", null)).hasStatus(422)
                .hasErrorAt("dueOnOrBefore");
    }
}
