package org.igkit.rest.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.random.RandomGenerator;
import java.util.random.RandomGeneratorFactory;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import org.igkit.rest.fixture.RunningServer;
import org.igkit.rest.fixture.RunningServer.Reply;

/**
 * Issue 20, defect 11, fuzzed: raw request lines with characters a URI may not hold (a raw {@code |}, {@code ^},
 * braces, quotes, bytes past ASCII, broken {@code %} escapes) in the path and query, and bodies with no, a listed or
 * a malformed {@code Content-Type}, or a chunked body past the limit, sent as bytes (seeded, reproducible). None is
 * a 5xx, and every refusal is problem+json, never the HTTP server's own HTML page.
 */
class HostileRequestLinesProperties {
    private static final int REQUESTS = Integer.getInteger("igkit.fuzz.request-lines", 400);
    private static final List<String> PATHS = List.of("/health", "/openapi.json", "/v1/records", "/v1/requests",
            "/v1/assets", "/v1/holds", "/v1/audit", "/v1/disposals", "/v1/schedules", "/v1/no-such-path");
    private static final List<String> BODY_PATHS = List.of("/v1/deadlines", "/v1/retention/calculations",
            "/v1/breaches/assessments", "/v1/records", "/v1/records/imports?importId=fuzz-line", "/v1/requests");
    private static final String[] RAW = {"|", "^", "{", "}", "\"", "<", ">", "\\", "`", "%", "%z", "%zz", "%0", "%00",
            "%2e%2e/", "../", "//", "#", "?", "&", "=", "+", ";", "\u00e9", "\u00ff", "\t", "%C0%AF", "[", "]", "'", "@"};
    private static final String[] CONTENT_TYPES = {null, "", "application/json, text/csv", "application/json,",
            "application/", "/json", "application/json; charset", "application/json;;", "text/csv; charset=\"utf-8",
            "application/x-ndjson", "text/csv", "application/json", "application/json; charset=utf-8", "*/*", "a b"};
    private static RunningServer server;

    @BeforeAll
    static void start() {
        server = RunningServer.start(Map.of("ig.http.max-body-bytes", "2048", "ig.http.import-limit", "2048"));
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    static Stream<Arguments> seeds() {
        return Stream.of(Arguments.of(20261202L), Arguments.of(11L));
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void noRawRequestGetsA5xxOrAPageThatIsNotAProblem(long seed) throws IOException {
        RandomGenerator random = RandomGeneratorFactory.of("L64X128MixRandom").create(seed);
        Map<Integer, Integer> statuses = new TreeMap<>();
        List<String> failures = new ArrayList<>();
        for (int i = 0; i < REQUESTS; i++) {
            byte[] request = i % 2 == 0 ? hostileTarget(random) : hostileBody(random);
            Reply reply = server.raw(request);
            statuses.merge(reply.status(), 1, Integer::sum);
            boolean problem = reply.header("Content-Type").orElse("").equals("application/problem+json");
            if (reply.status() >= 500 || (reply.status() >= 400 && !problem)
                    || reply.body().contains("Exception") || reply.body().contains("<h1>")) {
                failures.add("seed " + seed + " #" + i + " -> " + reply + "\n   sent "
                        + new String(request, StandardCharsets.ISO_8859_1).lines().findFirst().orElse(""));
            }
        }
        assertThat(failures).as("statuses " + statuses).isEmpty();
        assertThat(statuses).as("some hostile lines are refused as malformed").containsKey(400);
    }

    /** A GET whose path or query has raw characters spliced in. */
    private static byte[] hostileTarget(RandomGenerator random) {
        StringBuilder target = new StringBuilder(PATHS.get(random.nextInt(PATHS.size())));
        if (random.nextInt(4) == 0) {
            target.append(RAW[random.nextInt(RAW.length)]);
        }
        target.append('?');
        int parts = 1 + random.nextInt(4);
        for (int p = 0; p < parts; p++) {
            target.append(p == 0 ? "" : "&").append("limit").append(p).append('=');
            for (int c = random.nextInt(5); c >= 0; c--) {
                target.append(random.nextBoolean() ? RAW[random.nextInt(RAW.length)] : "a1");
            }
        }
        String key = random.nextBoolean() ? "Authorization: Bearer " + RunningServer.ADMIN + "\r\n" : "";
        return ("GET " + target + " HTTP/1.1\r\nHost: localhost\r\n" + key + "Connection: close\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8);
    }

    /** A POST with a hostile Content-Type, or a chunked body that grows past the limit. */
    private static byte[] hostileBody(RandomGenerator random) {
        String path = BODY_PATHS.get(random.nextInt(BODY_PATHS.size()));
        String type = CONTENT_TYPES[random.nextInt(CONTENT_TYPES.length)];
        String body = "{\"regime\":\"FOIA\",\"nation\":\"ENGLAND\",\"received\":\"2024-10-02\"}";
        StringBuilder head = new StringBuilder("POST " + path + " HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer "
                + RunningServer.ADMIN + "\r\nConnection: close\r\n");
        if (type != null) {
            head.append("Content-Type: ").append(type).append("\r\n");
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        if (random.nextInt(3) == 0) {
            head.append("Transfer-Encoding: chunked\r\n\r\n");
            out.writeBytes(head.toString().getBytes(StandardCharsets.ISO_8859_1));
            int chunks = 1 + random.nextInt(6);
            for (int c = 0; c < chunks; c++) {
                String chunk = "x".repeat(1 + random.nextInt(1024));
                out.writeBytes((Integer.toHexString(chunk.length()) + "\r\n" + chunk + "\r\n")
                        .getBytes(StandardCharsets.ISO_8859_1));
            }
            out.writeBytes("0\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
        } else {
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            head.append("Content-Length: ").append(bytes.length).append("\r\n\r\n");
            out.writeBytes(head.toString().getBytes(StandardCharsets.ISO_8859_1));
            out.writeBytes(bytes);
        }
        return out.toByteArray();
    }
}
