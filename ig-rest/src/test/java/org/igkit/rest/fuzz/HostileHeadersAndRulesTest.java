package org.igkit.rest.fuzz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.igkit.rest.fixture.ProblemAssert.assertThatProblem;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import org.igkit.rest.fixture.RunningServer;
import org.igkit.rest.fixture.RunningServer.Reply;

/**
 * Attacks found against the built server (issue 20, defects 2, 3 and 4), each replayed over HTTP: a malformed
 * If-Match was a 500 with a stack trace, {@code If-Match: *} was a blind overwrite, and a deeply nested rule text was
 * a StackOverflowError on an open calculator.
 */
class HostileHeadersAndRulesTest {
    private static final String EVENT = "{\"type\":\"clarification_requested\",\"date\":\"2024-10-03\"}";
    private static RunningServer server;

    @BeforeAll
    static void start() {
        server = RunningServer.start();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static Reply as(String method, String path, String body, String... more) {
        String[] headers = new String[4 + more.length];
        headers[0] = "Authorization";
        headers[1] = "Bearer " + RunningServer.DPO;
        headers[2] = "Content-Type";
        headers[3] = "application/json";
        System.arraycopy(more, 0, headers, 4, more.length);
        return server.send(method, path, body, headers);
    }

    private static void receive(String id) {
        Reply created = as("POST", "/v1/requests", "{\"id\":\"" + id + "\",\"regime\":\"FOIA\",\"nation\":\"ENGLAND\","
                + "\"reference\":\"FOI-" + id + "\",\"requesterCategory\":\"JOURNALIST\",\"received\":\"2024-10-02\"}");
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
    }

    @ParameterizedTest(name = "If-Match: {0} is a 400 problem, not a 500")
    @ValueSource(strings = {"1", "abc", "W/*", "\"", "**", "\"1\" \"2\"", "\"1", "1\"", ", ,x", "*, \"1\""})
    @DisplayName("Defect 2: the fuzzed If-Match values that were 500s are 400 problem+json naming RFC 9110")
    void malformedIfMatchIsABadRequest(String ifMatch) {
        String id = "IM-" + Integer.toHexString(ifMatch.hashCode());
        receive(id);
        Reply reply = as("POST", "/v1/requests/" + id + "/events", EVENT, "If-Match", ifMatch);
        assertThatProblem(reply).hasStatus(400).hasType("malformed-request");
        assertThat(reply.body()).contains("RFC 9110").doesNotContain("Exception");
        assertThat(as("GET", "/v1/requests/" + id, null).header("ETag")).hasValue("\"1\"");
    }

    @Test
    @DisplayName("Weak tags never match (RFC 9110 13.1.1 strong comparison); a list naming the current tag does")
    void weakTagsDoNotMatchButListsDo() {
        receive("IM-WEAK");
        assertThatProblem(as("POST", "/v1/requests/IM-WEAK/events", EVENT, "If-Match", "W/\"1\"")).hasStatus(412);
        Reply listed = as("POST", "/v1/requests/IM-WEAK/events", EVENT, "If-Match", "\"7\", \"1\"");
        assertThat(listed.status()).as(listed.toString()).isEqualTo(200);
    }

    @Test
    @DisplayName("Defect 3: eight clients sending If-Match: * overwrite nothing; each gets 428 and the version stands")
    void ifMatchStarIsNotAVersion() throws Exception {
        receive("IM-STAR");
        ExecutorService clients = Executors.newFixedThreadPool(8);
        List<Future<Integer>> statuses = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            statuses.add(clients.submit(() -> as("POST", "/v1/requests/IM-STAR/events", EVENT, "If-Match", "*").status()));
        }
        clients.shutdown();
        assertThat(clients.awaitTermination(60, TimeUnit.SECONDS)).isTrue();
        for (Future<Integer> status : statuses) {
            assertThat(status.get()).isEqualTo(428);
        }
        assertThat(as("GET", "/v1/requests/IM-STAR", null).header("ETag")).hasValue("\"1\"");
    }

    @Test
    @DisplayName("Defect 4: 20,000 nested parentheses or 2,000 '+ 1y' links in ruleText are a 422 on the open calculator")
    void deepRulesAreRefused() {
        String nested = "(".repeat(20_000) + "closed" + ")".repeat(20_000);
        String chained = "closed" + " + 1y".repeat(2_000);
        String deep = "(".repeat(200) + "closed" + ")".repeat(200);
        for (String rule : List.of(nested, chained, deep)) {
            Reply reply = server.send("POST", "/v1/retention/calculations", "{\"ruleText\":\"" + rule
                    + "\",\"action\":\"DESTROY\",\"facts\":{\"closed\":\"2020-01-01\"},\"asOf\":\"2026-01-01\"}", "Content-Type", "application/json");
            assertThatProblem(reply).hasStatus(422);
            assertThat(reply.body()).doesNotContain("StackOverflow").contains("ruleText").hasSizeLessThan(4_000);
        }
    }

    @ParameterizedTest(name = "import line {0} is refused without a Java name")
    @ValueSource(strings = {"{\"id\":1,\"id\":2}", "{\"id\":[\"x\"]}", "[1,2]", "{\"facts\":\"x\"}", "{\"id\":\"a\"",
        "{\"zzz\":true}"})
    @DisplayName("Defect 11: import errors name the line and the JSON path, never RetentionRegisterResource$NewRecord, "
            + "java.lang.String or StreamReadFeature")
    void importErrorsLeakNoJava(String line) {
        Reply reply = server.send("POST", "/v1/records/imports?importId=leak" + Integer.toHexString(line.hashCode()),
                line + "\n", "Authorization", "Bearer " + RunningServer.ADMIN, "Content-Type", "application/x-ndjson");
        assertThat(reply.status()).as(reply.toString()).isBetween(400, 422);
        assertThat(reply.body()).contains("lines[1]").doesNotContain("java.").doesNotContain("$")
                .doesNotContain("Resource").doesNotContain("Feature").doesNotContain("org.igkit");
    }

    @ParameterizedTest(name = "closed = {0} is refused")
    @ValueSource(strings = {"+10000-06-30", "0999-12-31"})
    @DisplayName("Defect 8: a due date outside years 1000-9999 is a 422 naming it, never an answer that sorts as due")
    void datesOutsideTheSupportedYearsAreRefused(String closed) {
        Reply reply = server.send("POST", "/v1/retention/calculations", "{\"ruleText\":\"closed + 6y\",\"action\":"
                + "\"DESTROY\",\"facts\":{\"closed\":\"" + closed + "\"},\"asOf\":\"2026-01-01\"}",
                "Content-Type", "application/json");
        assertThatProblem(reply).hasStatus(422);
        assertThat(reply.body()).contains("facts.closed").doesNotContain("\"dueDate\"");
    }

    @Test
    @DisplayName("Defect 8: closed 9999-01-01 + 6y would be +10005-01-01; the calculator refuses it, naming the last date")
    void aDueDatePastTheLastSupportedDayIsRefused() {
        Reply reply = server.send("POST", "/v1/retention/calculations", "{\"ruleText\":\"closed + 6y\",\"action\":"
                + "\"DESTROY\",\"facts\":{\"closed\":\"9999-01-01\"},\"asOf\":\"2026-01-01\"}",
                "Content-Type", "application/json");
        assertThatProblem(reply).hasStatus(422);
        assertThat(reply.body()).contains("9999-12-31").contains("\"path\":\"offset\"").doesNotContain("dueDate");
    }
}
