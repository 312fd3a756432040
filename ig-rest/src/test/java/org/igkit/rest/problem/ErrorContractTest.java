package org.igkit.rest.problem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.igkit.rest.fixture.ProblemAssert.assertThatProblem;

import java.net.http.HttpRequest;
import java.nio.ByteBuffer;
import java.util.Map;
import java.util.concurrent.Flow;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import org.igkit.rest.fixture.RunningServer;
import org.igkit.rest.fixture.RunningServer.Reply;
import org.igkit.rest.fixture.WidgetResource;

/** Every error status the API promises, provoked over real HTTP, each an RFC 9457 problem. */
class ErrorContractTest {
    private static RunningServer server;

    @BeforeAll
    static void start() {
        server = RunningServer.start(Map.of("ig.http.max-body-bytes", "4096"), c -> c.register(new WidgetResource()));
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static Reply post(String path, String body) {
        return server.post(path, body);
    }

    private static Reply put(String path, String body, String... more) {
        String[] headers = new String[4 + more.length];
        headers[0] = "Authorization";
        headers[1] = "Bearer " + RunningServer.ADMIN;
        headers[2] = "Content-Type";
        headers[3] = "application/json";
        System.arraycopy(more, 0, headers, 4, more.length);
        return server.send("PUT", path, body, headers);
    }

    @Nested
    @DisplayName("400: a body that is not the JSON the endpoint reads")
    class Malformed {
        @Test
        void notJsonAtAll() {
            assertThatProblem(post("/test/widgets", "{name: oops")).hasStatus(400).hasType("malformed-request")
                    .detailContains("not well-formed JSON");
        }

        @Test
        void anUnknownFieldIsNamedWithItsPath() {
            assertThatProblem(post("/test/widgets", "{\"name\":\"a\",\"size\":1,\"colour\":\"red\"}")).hasStatus(400)
                    .detailContains("unknown field 'colour'").detailContains("known fields: [name, size]");
        }

        @Test
        void aWrongTypeIsNamedWithoutJavaTypes() {
            Reply reply = post("/test/widgets", "{\"name\":\"a\",\"size\":\"12\"}");
            assertThatProblem(reply).hasStatus(400).detailContains("'size'").detailContains("a whole number");
        }

        @Test
        void trailingGarbageAfterTheBody() {
            assertThatProblem(post("/test/widgets", "{\"name\":\"a\",\"size\":1} {}")).hasStatus(400);
        }

        @Test
        void nestingPastTheLimit() {
            String deep = "[".repeat(500) + "]".repeat(500);
            assertThatProblem(post("/test/widgets", "{\"name\":" + deep + "}")).hasStatus(400);
        }
    }

    @Test
    @DisplayName("422: values refused by their constructor, every violation listed with its path")
    void validationListsEveryViolation() {
        Reply reply = post("/test/widgets", "{\"name\":\" \",\"size\":-1}");
        assertThatProblem(reply).hasStatus(422).hasType("validation").hasErrorAt("name").hasErrorAt("size");
        assertThat(reply.json().path("errors")).hasSize(2);
    }

    @Test
    @DisplayName("401: no key, a malformed header, an unknown key; each with WWW-Authenticate")
    void unauthenticated() {
        Reply none = server.send("GET", "/test/widgets/w1", null);
        Reply basic = server.send("GET", "/test/widgets/w1", null, "Authorization", "Basic YWxhZGRpbjpvcGVu");
        Reply unknown = server.send("GET", "/test/widgets/w1", null, "Authorization", "Bearer not-a-key-we-know-of");
        for (Reply reply : new Reply[] {none, basic, unknown}) {
            assertThatProblem(reply).hasStatus(401).hasType("unauthenticated");
            assertThat(reply.header("WWW-Authenticate")).hasValueSatisfying(v -> assertThat(v).startsWith("Bearer"));
        }
        assertThat(unknown.header("WWW-Authenticate")).hasValueSatisfying(v -> assertThat(v).contains("invalid_token"));
    }

    @Test
    @DisplayName("403: a known key without the role")
    void forbidden() {
        Reply reply = server.send("PUT", "/test/widgets/w1", "{\"name\":\"a\",\"size\":1}",
                "Authorization", "Bearer " + RunningServer.READER, "Content-Type", "application/json", "If-Match", "\"1\"");
        assertThatProblem(reply).hasStatus(403).hasType("forbidden").detailContains("RECORDS_MANAGER");
    }

    @Test
    @DisplayName("404: no such path (about:blank) and no such thing (not-found)")
    void notFound() {
        assertThatProblem(server.get("/v1/no-such-register")).hasStatus(404).isPlainHttp();
        assertThatProblem(server.get("/test/widgets/w404")).hasStatus(404).hasType("not-found").detailContains("w404");
    }

    @Test
    @DisplayName("405: a path that does not take the method, with Allow")
    void methodNotAllowed() {
        Reply reply = server.send("DELETE", "/test/widgets/w1", null, "Authorization", "Bearer " + RunningServer.ADMIN);
        assertThatProblem(reply).hasStatus(405).isPlainHttp();
        assertThat(reply.header("Allow")).isPresent();
    }

    @Test
    @DisplayName("409: a conflict with the current state, with its reason")
    void conflict() {
        Reply reply = put("/test/widgets/held", "{\"name\":\"a\",\"size\":1}", "If-Match", "\"1\"");
        assertThatProblem(reply).hasStatus(409).hasType("conflict");
        assertThat(reply.json().path("reason").asText()).isEqualTo("HOLD_IN_FORCE");
    }

    @Test
    @DisplayName("ETag / If-Match: 428 without it, 412 with a stale one, 200 and a new ETag with the current one")
    void optimisticLocking() {
        Reply read = server.get("/test/widgets/w1");
        String etag = read.header("ETag").orElseThrow();

        assertThatProblem(put("/test/widgets/w1", "{\"name\":\"a\",\"size\":1}")).hasStatus(428).hasType("precondition-required");
        assertThatProblem(put("/test/widgets/w1", "{\"name\":\"a\",\"size\":1}", "If-Match", "\"999\""))
                .hasStatus(412).hasType("precondition-failed");

        Reply updated = put("/test/widgets/w1", "{\"name\":\"a\",\"size\":1}", "If-Match", etag);
        assertThat(updated.status()).as(updated.toString()).isEqualTo(200);
        assertThat(updated.header("ETag")).isPresent().isNotEqualTo(etag);
        assertThatProblem(put("/test/widgets/w1", "{\"name\":\"a\",\"size\":1}", "If-Match", etag)).hasStatus(412);
    }

    @Test
    @DisplayName("413: a declared Content-Length over the limit, and a chunked body that grows past it")
    void bodyTooLarge() {
        String big = "{\"name\":\"" + "x".repeat(5000) + "\",\"size\":1}";
        assertThatProblem(post("/test/widgets", big)).hasStatus(413).hasType("body-too-large");

        HttpRequest chunked = HttpRequest.newBuilder(server.uri("/test/widgets"))
                .header("Authorization", "Bearer " + RunningServer.ADMIN).header("Content-Type", "application/json")
                .POST(unknownLength(big)).build();
        assertThatProblem(RunningServer.exchange(chunked)).hasStatus(413).hasType("body-too-large");
    }

    @Test
    @DisplayName("415: a body that is not application/json")
    void unsupportedMediaType() {
        Reply reply = server.send("POST", "/test/widgets", "name=a", "Authorization", "Bearer " + RunningServer.ADMIN,
                "Content-Type", "application/x-www-form-urlencoded");
        assertThatProblem(reply).hasStatus(415).isPlainHttp();
    }

    @Test
    @DisplayName("500: no stack trace, no internals, a correlation id in the body and a header")
    void unexpectedFailure() {
        Reply reply = server.get("/test/boom");
        assertThatProblem(reply).hasStatus(500).hasType("internal");
        String id = reply.json().path("correlationId").asText();
        assertThat(id).isNotBlank();
        assertThat(reply.header("X-Correlation-Id")).hasValue(id);
        assertThat(reply.body()).doesNotContain("secret internals").doesNotContain("IllegalState");
    }

    @Test
    @DisplayName("With no key configured, protected endpoints say how to set one; open ones are served")
    void noKeysConfigured() {
        try (RunningServer bare = RunningServer.start(Map.of("ig.auth.keys", ""), c -> c.register(new WidgetResource()))) {
            assertThatProblem(bare.get("/test/widgets/w1")).hasStatus(401).detailContains("ig.auth.keys");
            assertThat(bare.send("GET", "/health", null).status()).isEqualTo(200);
            assertThat(bare.send("GET", "/openapi.json", null).status()).isEqualTo(200);
        }
    }

    private static HttpRequest.BodyPublisher unknownLength(String body) {
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
