package org.igkit.rest.problem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.igkit.rest.fixture.ProblemAssert.assertThatProblem;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.igkit.rest.assets.AssetResourceTest;
import org.igkit.rest.fixture.RunningServer;
import org.igkit.rest.fixture.RunningServer.Reply;

/** What a newcomer's first hand-written bodies and URLs get back: every missing field at once, no silent last-wins. */
class FirstRunBodiesTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static RunningServer server;

    @BeforeAll
    static void start() {
        server = RunningServer.start();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    @DisplayName("An asset missing its fields: 422 naming every one as 'is required', primitives included")
    void everyMissingFieldOfAnAsset() {
        Reply reply = server.post("/v1/assets", "{\"id\": \"IA-MISSING\", \"name\": \"Payroll\"}");

        assertThatProblem(reply).hasStatus(422).hasType("validation");
        List<String> paths = reply.json().path("errors").findValuesAsText("path");
        assertThat(paths).contains("personalData", "criminalOffenceData", "confidential", "businessArea",
                "assetOwner", "dataOwner", "format", "role", "classification", "status").doesNotContain("version");
        reply.json().path("errors").forEach(error ->
                assertThat(error.path("message").asText()).as(error.toString()).startsWith("is required"));
    }

    @Test
    @DisplayName("A new asset may leave its version out: it has never been saved")
    void aNewAssetNeedsNoVersion() throws Exception {
        ObjectNode asset = (ObjectNode) JSON.readTree(AssetResourceTest.anAsset("IA-NOVERSION"));
        asset.remove("version");

        Reply reply = server.post("/v1/assets", asset.toString());

        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
        assertThat(reply.json().path("version").asLong()).isEqualTo(1);
    }

    @Test
    @DisplayName("A key given twice is refused (400 naming it), not read as its last value")
    void duplicateKeys() {
        Reply reply = server.post("/v1/deadlines", "{\"regime\": \"FOIA\", \"nation\": \"ENGLAND\", "
                + "\"received\": \"2024-10-02\", \"received\": \"2024-10-09\"}");

        assertThatProblem(reply).hasStatus(400).hasType("malformed-request")
                .detailContains("the field 'received' appears more than once");
    }

    @Test
    @DisplayName("A malformed URI (GET /v1/%zz) is problem+json, not the server's HTML page")
    void malformedUri() throws Exception {
        Reply reply = server.raw("GET /v1/%zz HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n"
                .getBytes(StandardCharsets.US_ASCII));

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.header("Content-Type")).contains("application/problem+json");
        assertThat(reply.json().path("status").asInt()).isEqualTo(400);
    }

    @ParameterizedTest(name = "{0}?after=garbage is a 422 on after")
    @ValueSource(strings = {"/v1/requests", "/v1/assets", "/v1/breaches", "/v1/records", "/v1/schedules",
            "/v1/disposals", "/v1/audit"})
    @DisplayName("Every register refuses a cursor it did not hand out, the same way")
    void garbageCursors(String list) {
        assertThatProblem(server.get(list + "?after=garbage")).hasStatus(422).hasErrorAt("after");
    }

    @Test
    @DisplayName("The cursor a page hands out reads the next page")
    void cursorsStillPage() throws Exception {
        for (String id : List.of("IA-PAGE-1", "IA-PAGE-2", "IA-PAGE-3")) {
            assertThat(server.post("/v1/assets", AssetResourceTest.anAsset(id)).status()).isEqualTo(201);
        }
        JsonNode first = server.get("/v1/assets?limit=1").json();
        String next = first.path("next").asText();

        Reply second = server.get("/v1/assets?limit=1&after=" + next);

        assertThat(second.status()).as(second.toString()).isEqualTo(200);
        assertThat(second.json().path("items").get(0).path("id").asText())
                .isGreaterThan(first.path("items").get(0).path("id").asText());
    }
}
