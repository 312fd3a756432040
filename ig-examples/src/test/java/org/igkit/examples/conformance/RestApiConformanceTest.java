package org.igkit.examples.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.igkit.examples.http.InProcessServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every published conformance case through the HTTP API: the server as users start it, in-process on an ephemeral
 * port with a temporary SQLite file, stopped after. Each case's request is POSTed as it stands in the file, without a
 * key (the calculators are open by default).
 */
class RestApiConformanceTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    @TempDir
    static Path storage;
    private static InProcessServer server;

    @BeforeAll
    static void start() {
        server = InProcessServer.start(storage);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    static Stream<Vector> vectors() {
        return Vectors.SUITES.stream().flatMap(suite -> Vectors.of(suite).stream());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("vectors")
    void overHttp(Vector vector) {
        String path = Vectors.file(vector.suite()).path("endpoint").asText().substring("POST /".length());
        HttpResponse<String> response = post(server.uri().resolve(path), vector.request().toString());
        JsonNode body = parse(response.body());
        if (vector.expectsError()) {
            assertThat(response.statusCode()).as("%s: %s", vector, response.body())
                    .isEqualTo(vector.expectError().path("status").asInt());
            List<String> paths = new ArrayList<>();
            body.path("errors").forEach(e -> paths.add(e.path("path").asText()));
            for (JsonNode expected : vector.expectError().path("paths")) {
                assertThat(paths).as("%s: error paths in %s", vector, response.body()).contains(expected.asText());
            }
            return;
        }
        assertThat(response.statusCode()).as("%s: %s", vector, response.body()).isEqualTo(200);
        assertThat(JsonMatch.differences(vector.expect(), body)).as("%s (%s)", vector, vector.title()).isEmpty();
    }

    private static HttpResponse<String> post(URI uri, String json) {
        try {
            return CLIENT.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static JsonNode parse(String text) {
        try {
            return text.isBlank() ? JSON.createObjectNode() : JSON.readTree(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
