package org.igkit.rest.problem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.igkit.rest.fixture.ProblemAssert.assertThatProblem;

import java.io.IOException;
import java.net.http.HttpRequest;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Flow;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.igkit.rest.fixture.RunningServer;
import org.igkit.rest.fixture.RunningServer.Reply;

/**
 * Issue 20, defect 11: errors that leaked Java names or broke the problem+json contract, each replayed as the attack
 * sent it (raw bytes where an ordinary client would refuse to send them).
 */
class ContractBreaksTest {
    private static final String DEADLINE = "{\"regime\":\"FOIA\",\"nation\":\"ENGLAND\",\"received\":\"2024-10-02\"}";
    private static RunningServer server;

    @BeforeAll
    static void start() {
        server = RunningServer.start(Map.of("ig.http.max-body-bytes", "4096", "ig.http.import-limit", "4096"));
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @ParameterizedTest(name = "GET {0} is a 400 problem")
    @ValueSource(strings = {"/v1/records?q=a|b", "/health?x=|", "/v1/records?q=%zz", "/v1/records?q=a^b{c}", "/v1/records?a=\"b\""})
    @DisplayName("A raw character a URI may not hold is a 400 problem+json, not the JDK server's text/html page")
    void rawCharactersInTheQuery(String target) throws IOException {
        Reply reply = raw("GET " + target + " HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer " + RunningServer.ADMIN
                + "\r\nConnection: close\r\n\r\n");
        assertThatProblem(reply).hasStatus(400).hasType("malformed-request").detailContains("percent-encoded");
        assertThat(reply.body()).doesNotContain("URISyntax");
    }

    @Test
    @DisplayName("A raw '|' in the query of an open calculator's path answers 400 problem+json")
    void rawBarIsAProblem() throws IOException {
        Reply reply = raw("GET /v1/records?q=a|b HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");
        assertThatProblem(reply).hasStatus(400).hasType("malformed-request");
        assertThat(reply.body()).doesNotContain("URISyntax");
    }

    @Test
    @DisplayName("An import with no Content-Type is 415, not read as NDJSON")
    void importWithoutContentType() {
        Reply reply = server.send("POST", "/v1/records/imports?importId=no-type", "{}\n",
                "Authorization", "Bearer " + RunningServer.RECORDS_MANAGER);
        assertThatProblem(reply).hasStatus(415);
    }

    @Test
    @DisplayName("A JSON body sent with no Content-Type is 415 problem+json")
    void jsonWithoutContentType() {
        Reply reply = server.send("POST", "/v1/deadlines", DEADLINE);
        assertThatProblem(reply).hasStatus(415);
    }

    @Test
    @DisplayName("An oversized chunked body is 413 on a calculator and on an import, never 400")
    void oversizedChunkedBodies() {
        String calculation = "{\"regime\":\"FOIA\",\"nation\":\"ENGLAND\",\"received\":\"2024-10-02\",\"events\":["
                + (DEADLINE.replace("regime", "x") + ",").repeat(200) + "{}]}";
        HttpRequest toCalculator = HttpRequest.newBuilder(server.uri("/v1/deadlines"))
                .header("Content-Type", "application/json").POST(unknownLength(calculation)).build();
        assertThatProblem(RunningServer.exchange(toCalculator)).hasStatus(413).hasType("body-too-large");

        String rows = "{\"id\":\"r1\",\"scheduleId\":\"s\",\"entryId\":\"e\",\"facts\":{}}\n".repeat(200);
        HttpRequest toImport = HttpRequest.newBuilder(server.uri("/v1/records/imports?importId=big"))
                .header("Authorization", "Bearer " + RunningServer.RECORDS_MANAGER)
                .header("Content-Type", "application/x-ndjson").POST(unknownLength(rows)).build();
        assertThatProblem(RunningServer.exchange(toImport)).hasStatus(413).hasType("body-too-large");
    }

    @Test
    @DisplayName("Content-Type: application/json, text/csv is a 415 problem naming the header, not an empty 400")
    void aListOfContentTypes() {
        Reply reply = server.send("POST", "/v1/deadlines", DEADLINE, "Content-Type", "application/json, text/csv");
        assertThatProblem(reply).hasStatus(415).detailContains("Content-Type");
        Reply onImport = server.send("POST", "/v1/records/imports?importId=two-types", "{}\n",
                "Authorization", "Bearer " + RunningServer.RECORDS_MANAGER, "Content-Type", "application/json, text/csv");
        assertThatProblem(onImport).hasStatus(415).detailContains("Content-Type");
    }

    @Test
    @DisplayName("A malformed Content-Type is a problem, not an empty 400")
    void aMalformedContentType() throws IOException {
        for (String type : List.of("application/", "/json", "application/json; charset", ";;", "a b")) {
            Reply reply = raw("POST /v1/deadlines HTTP/1.1\r\nHost: localhost\r\nContent-Type: " + type
                    + "\r\nContent-Length: " + DEADLINE.length() + "\r\nConnection: close\r\n\r\n" + DEADLINE);
            assertThatProblem(reply).as(type).hasStatus(415);
        }
    }

    @Test
    @DisplayName("Import errors name no Java class, type or Jackson feature")
    void importErrorsSpeakJson() {
        List<String> bodies = List.of("{\"id\":1,\"scheduleId\":[],\"entryId\":{},\"facts\":7}\n", "{\"id\":\n",
                "[1,2]\n", "\"text\"\n", "{\"id\":\"a\",\"extra\":true}\n", "{\"id\":\"a\"} trailing\n", "\u0000\n");
        List<String> replies = new ArrayList<>();
        for (String body : bodies) {
            Reply reply = server.send("POST", "/v1/records/imports?importId=java-" + replies.size(), body,
                    "Authorization", "Bearer " + RunningServer.RECORDS_MANAGER, "Content-Type", "application/x-ndjson");
            assertThat(reply.status()).as(reply.toString()).isBetween(400, 499);
            assertThat(reply.header("Content-Type")).hasValue("application/problem+json");
            replies.add(reply.body());
        }
        for (String body : replies) {
            assertThat(body).doesNotContain("$", "java.", "org.igkit", "Feature", "com.fasterxml", "Exception", "NewRecord");
        }
    }

    /** Sends {@code request} as bytes and reads the answer up to the server's close. */
    static Reply raw(String request) throws IOException {
        return server.raw(request.getBytes(StandardCharsets.ISO_8859_1));
    }

    static HttpRequest.BodyPublisher unknownLength(String body) {
        HttpRequest.BodyPublisher known = HttpRequest.BodyPublishers.ofString(body);
        return new HttpRequest.BodyPublisher() {
            @Override
            public long contentLength() {
                return -1;
            }

            @Override
            public void subscribe(Flow.Subscriber<? super ByteBuffer> subscriber) {
                known.subscribe(subscriber);
            }
        };
    }
}
