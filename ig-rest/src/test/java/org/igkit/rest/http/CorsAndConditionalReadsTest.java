package org.igkit.rest.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.igkit.rest.assets.AssetResourceTest;
import org.igkit.rest.fixture.RunningServer;
import org.igkit.rest.fixture.RunningServer.Reply;

/** Browsers on another origin, clients that keep copies, and clients that ask for problem+json, over real HTTP. */
class CorsAndConditionalReadsTest {
    private static final String APP = "https://app.example.org";
    private static final String DEADLINE = "{\"regime\": \"FOIA\", \"nation\": \"ENGLAND\", \"received\": \"2024-10-02\"}";
    private static RunningServer server;
    private static RunningServer closed;

    @BeforeAll
    static void start() {
        server = RunningServer.start(Map.of("ig.http.cors.allowed-origins", APP + ", http://localhost:3000"));
        closed = RunningServer.start();
    }

    @AfterAll
    static void stop() {
        server.close();
        closed.close();
    }

    private static Reply preflight(RunningServer on, String path, String origin, String method) {
        return on.send("OPTIONS", path, null, "Origin", origin, "Access-Control-Request-Method", method,
                "Access-Control-Request-Headers", "content-type, authorization");
    }

    @Test
    @DisplayName("A preflight from an allowed origin to an open calculator: 204, its methods, headers and max age, no key")
    void preflightOfACalculator() {
        Reply reply = preflight(server, "/v1/deadlines", APP, "POST");

        assertThat(reply.status()).as(reply.toString()).isEqualTo(204);
        assertThat(reply.header("Access-Control-Allow-Origin")).contains(APP);
        assertThat(reply.header("Access-Control-Allow-Methods").orElseThrow()).contains("POST");
        assertThat(reply.header("Access-Control-Allow-Headers").orElseThrow()).contains("Authorization", "Content-Type");
        assertThat(reply.header("Access-Control-Max-Age")).contains("600");
        assertThat(reply.headers().get("vary")).contains("Origin");
    }

    @Test
    @DisplayName("The calculator's answer to an allowed origin names it, so the page can read it")
    void calculatorAnswer() {
        Reply reply = server.send("POST", "/v1/deadlines", DEADLINE, "Origin", APP, "Content-Type", "application/json");

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.header("Access-Control-Allow-Origin")).contains(APP);
        assertThat(reply.header("Access-Control-Expose-Headers").orElseThrow()).contains("ETag");
    }

    @Test
    @DisplayName("A guarded register: preflight answered for an allowed origin, but the real request still wants its key")
    void guardedStaysGuarded() {
        Reply preflight = preflight(server, "/v1/assets", APP, "GET");
        Reply withoutKey = server.send("GET", "/v1/assets", null, "Origin", APP);
        Reply withKey = server.send("GET", "/v1/assets", null, "Origin", APP,
                "Authorization", "Bearer " + RunningServer.ADMIN);

        assertThat(preflight.status()).isEqualTo(204);
        assertThat(preflight.header("Access-Control-Allow-Methods").orElseThrow()).contains("GET", "POST");
        assertThat(withoutKey.status()).isEqualTo(401);
        assertThat(withoutKey.header("Access-Control-Allow-Origin")).contains(APP);
        assertThat(withKey.status()).isEqualTo(200);
    }

    @Test
    @DisplayName("An origin not listed gets no CORS header, and OPTIONS never asks for a key")
    void otherOrigins() {
        Reply listedElsewhere = preflight(server, "/v1/deadlines", "https://evil.example", "POST");
        Reply byDefault = preflight(closed, "/v1/deadlines", APP, "POST");
        Reply guardedByDefault = preflight(closed, "/v1/assets", APP, "GET");

        assertThat(listedElsewhere.header("Access-Control-Allow-Origin")).isEmpty();
        assertThat(byDefault.header("Access-Control-Allow-Origin")).isEmpty();
        assertThat(byDefault.status()).isNotEqualTo(401);
        assertThat(guardedByDefault.status()).isNotEqualTo(401);
        assertThat(guardedByDefault.header("Allow").orElseThrow()).contains("GET");
    }

    @Test
    @DisplayName("If-None-Match with the current ETag: 304 and no body; another tag: 200")
    void notModified() throws Exception {
        Reply created = server.post("/v1/assets", AssetResourceTest.anAsset("IA-304"));
        String etag = created.header("ETag").orElseThrow();

        Reply same = server.send("GET", "/v1/assets/IA-304", null, "Authorization", "Bearer " + RunningServer.ADMIN,
                "If-None-Match", etag);
        Reply weak = server.send("GET", "/v1/assets/IA-304", null, "Authorization", "Bearer " + RunningServer.ADMIN,
                "If-None-Match", "\"99\", W/" + etag);
        Reply other = server.send("GET", "/v1/assets/IA-304", null, "Authorization", "Bearer " + RunningServer.ADMIN,
                "If-None-Match", "\"99\"");

        assertThat(same.status()).isEqualTo(304);
        assertThat(same.body()).isEmpty();
        assertThat(same.header("ETag")).contains(etag);
        assertThat(weak.status()).isEqualTo(304);
        assertThat(other.status()).isEqualTo(200);
        assertThat(other.json().path("id").asText()).isEqualTo("IA-304");
    }

    @Test
    @DisplayName("Accept: application/problem+json is served (JSON answers, problem+json errors), never 406")
    void problemJsonAccepted() {
        Reply ok = server.send("POST", "/v1/deadlines", DEADLINE, "Content-Type", "application/json",
                "Accept", "application/problem+json");
        Reply refused = server.send("POST", "/v1/deadlines", "{\"regime\": \"FOIA\"}", "Content-Type", "application/json",
                "Accept", "application/problem+json");

        assertThat(ok.status()).as(ok.toString()).isEqualTo(200);
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.header("Content-Type")).contains("application/problem+json");
    }
}
