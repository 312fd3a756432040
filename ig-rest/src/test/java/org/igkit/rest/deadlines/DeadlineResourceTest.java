package org.igkit.rest.deadlines;

import static org.assertj.core.api.Assertions.assertThat;
import static org.igkit.rest.fixture.ProblemAssert.assertThatProblem;

import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import org.igkit.rest.fixture.RunningServer;
import org.igkit.rest.fixture.RunningServer.Reply;

/** {@code POST /v1/deadlines} over HTTP: the contract of issue 8, checked on worked examples. */
class DeadlineResourceTest {
    private static RunningServer server;

    @BeforeAll
    static void start() {
        server = RunningServer.start();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    /** POSTs without a key: the calculators are open by default. */
    private static Reply post(String body) {
        return server.send("POST", "/v1/deadlines", body, "Content-Type", "application/json");
    }

    private static JsonNode ok(String body) {
        Reply reply = post(body);
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        return reply.json();
    }

    @Test
    @DisplayName("FOIA s.10(1), ICO time-limits guidance: received Wednesday 2 October 2024, due Wednesday 30 October")
    void foiaTwentyWorkingDays() {
        JsonNode answer = ok("{\"regime\":\"FOIA\",\"nation\":\"ENGLAND\",\"received\":\"2024-10-02\",\"asOf\":\"2024-10-15\"}");
        assertThat(answer.path("regime").asText()).isEqualTo("FOIA");
        assertThat(answer.path("dueDate").asText()).isEqualTo("2024-10-30");
        assertThat(answer.path("latestDueDate").asText()).isEqualTo("2024-11-27");
        assertThat(answer.path("status").asText()).isEqualTo("open");
        assertThat(answer.path("calendarVersion").asText()).isNotBlank();
        assertThat(answer.path("projected").asBoolean()).isFalse();
        assertThat(answer.path("explanation")).isNotEmpty();
        assertThat(answer.path("explanation").get(0).path("citations").get(0).path("instrument").asText())
                .isEqualTo("Freedom of Information Act 2000");
    }

    @Test
    @DisplayName("FOIA s.1(3) and s.10(6)(b): clarification received 10 October 2024 restarts the 20 working days: due 7 November")
    void clarificationRestartsTheClock() {
        JsonNode answer = ok("{\"regime\":\"FOIA\",\"received\":\"2024-10-02\",\"events\":["
                + "{\"type\":\"clarification_requested\",\"date\":\"2024-10-03\"},"
                + "{\"type\":\"clarification_received\",\"date\":\"2024-10-10\"}],\"asOf\":\"2024-10-15\"}");
        assertThat(answer.path("dueDate").asText()).isEqualTo("2024-11-07");
    }

    @Test
    @DisplayName("Berend v ICO: an instant is counted on its Europe/London date: 23:30Z on 2 October 2024 is 3 October (BST)")
    void receivedAsAnInstant() {
        JsonNode answer = ok("{\"regime\":\"FOIA\",\"received\":\"2024-10-02T23:30:00Z\",\"asOf\":\"2024-10-15\"}");
        assertThat(answer.path("received").asText()).isEqualTo("2024-10-03");
        assertThat(answer.path("dueDate").asText()).isEqualTo("2024-10-31");
    }

    @Test
    @DisplayName("ICO SAR guidance: received 31 January 2025, due 28 February 2025 (the month has no 31st)")
    void subjectAccessCalendarMonth() {
        JsonNode answer = ok("{\"regime\":\"UKGDPR_SAR\",\"received\":\"2025-01-31\",\"asOf\":\"2025-02-01\"}");
        assertThat(answer.path("dueDate").asText()).isEqualTo("2025-02-28");
    }

    @Test
    @DisplayName("The nation defaults to ig.nation; unknown fields are 400; unknown regimes, nations and events are 422 by path")
    void refusals() {
        assertThatProblem(post("{\"regime\":\"FOIA\",\"received\":\"2024-10-02\",\"colour\":1}")).hasStatus(400)
                .detailContains("unknown field 'colour'");
        assertThatProblem(post("{\"regime\":\"FOIA\",\"received\":\"2024-10-02\",\"events\":[{\"type\":\"x\",\"date\":\"2024-10-03\",\"by\":1}]}"))
                .hasStatus(400).detailContains("events[0]");
        assertThatProblem(post("{\"regime\":\"FOIB\",\"nation\":\"MERCIA\",\"received\":\"2024-13-02\","
                + "\"events\":[{\"type\":\"tea_break\",\"date\":\"2024-10-03\"},{\"type\":\"closed\"}]}"))
                .hasStatus(422).hasErrorAt("regime").hasErrorAt("nation").hasErrorAt("events[0].type")
                .hasErrorAt("events[1].date");
        assertThatProblem(post("{\"regime\":\"FOIA\",\"received\":\"2 Oct 2024\"}")).hasStatus(422).hasErrorAt("received");
        assertThatProblem(post("{\"regime\":\"FOIA\",\"received\":\"2024-10-02\",\"asOf\":\"yesterday\"}")).hasStatus(400)
                .detailContains("'asOf'");
    }

    @Test
    @DisplayName("With ig.auth.open-calculators=false the calculator needs a key (any role)")
    void closedCalculators() {
        try (RunningServer closed = RunningServer.start(Map.of("ig.auth.open-calculators", "false"))) {
            String body = "{\"regime\":\"FOIA\",\"received\":\"2024-10-02\"}";
            assertThatProblem(closed.send("POST", "/v1/deadlines", body, "Content-Type", "application/json")).hasStatus(401);
            Reply reader = closed.send("POST", "/v1/deadlines", body, "Content-Type", "application/json",
                    "Authorization", "Bearer " + RunningServer.READER);
            assertThat(reader.status()).isEqualTo(200);
        }
    }

    @Test
    @DisplayName("FOIA s.10(3), MoJ practice: a public-interest extension of 10 working days (extensionDays) moves 30 October 2024 to 13 November")
    void publicInterestExtensionOfAChosenLength() {
        JsonNode answer = ok("{\"regime\":\"FOIA\",\"received\":\"2024-10-02\",\"asOf\":\"2024-10-15\",\"events\":["
                + "{\"type\":\"pit_extension_notice\",\"date\":\"2024-10-28\",\"extensionDays\":10}]}");
        assertThat(answer.path("dueDate").asText()).isEqualTo("2024-11-13");
        assertThat(answer.path("latestDueDate").asText()).isEqualTo("2024-11-27");
        assertThatProblem(post("{\"regime\":\"FOIA\",\"received\":\"2024-10-02\",\"events\":["
                + "{\"type\":\"pit_extension_notice\",\"date\":\"2024-10-28\",\"extensionDays\":21}]}"))
                .hasStatus(422).hasErrorAt("events[0].extensionDays");
        assertThatProblem(post("{\"regime\":\"FOIA\",\"received\":\"2024-10-02\",\"events\":["
                + "{\"type\":\"pit_extension_notice\",\"date\":\"2024-10-28\",\"extensionDays\":5,\"until\":\"2024-11-20\"}]}"))
                .hasStatus(422).hasErrorAt("events[0]");
    }

    @Test
    @DisplayName("UK GDPR Art 12(3): a subject-access extension of one further month (extensionMonths) from 3 September 2024: 4 November")
    void subjectAccessExtensionOfOneMonth() {
        JsonNode answer = ok("{\"regime\":\"UKGDPR_SAR\",\"received\":\"2024-09-03\",\"asOf\":\"2024-09-20\",\"events\":["
                + "{\"type\":\"extension_notice\",\"date\":\"2024-09-20\",\"extensionMonths\":1}]}");
        assertThat(answer.path("dueDate").asText()).isEqualTo("2024-11-04");
    }

    @Test
    @DisplayName("FOISA s.74(2)(b): posted Monday 2 March 2020 with no received date: received Thursday 5 March, due 2 April; FOIA refuses posted")
    void postedRequestInScotland() {
        JsonNode answer = ok("{\"regime\":\"FOISA\",\"nation\":\"SCOTLAND\",\"posted\":\"2020-03-02\",\"asOf\":\"2020-03-10\"}");
        assertThat(answer.path("received").asText()).isEqualTo("2020-03-05");
        assertThat(answer.path("dueDate").asText()).isEqualTo("2020-04-02");
        assertThatProblem(post("{\"regime\":\"FOIA\",\"posted\":\"2020-03-02\"}")).hasStatus(422).hasErrorAt("posted");
    }
}
