package org.igkit.examples.http;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Example 3: a line-of-business application (say, a council's customer-services system, not written in Java's
 * igkit API) calling the igkit server over HTTP with nothing but {@code java.net.http.HttpClient} and a JSON library.
 *
 * <p>Start the server first, from the repository root:
 * <pre>
 *   ./mvnw -q -DskipTests package &amp;&amp; java -jar ig-rest/target/igkit-server.jar
 * </pre>
 * and, to let the example use the request register too, give the server a key with the DPO role and the example the
 * same key:
 * <pre>
 *   IG_AUTH_KEYS='example-dpo-key-0123456789:DPO' java -jar ig-rest/target/igkit-server.jar
 *   IG_API_KEY='example-dpo-key-0123456789' ./mvnw -q -pl ig-examples -am package -DskipTests -Dexample=http
 * </pre>
 * The server's address is the first argument, or {@code IG_URL}, or {@code http://127.0.0.1:8080/}.
 *
 * <p>It checks {@code /health}, asks the three stateless calculators (an FOI deadline, a retention date, a breach
 * assessment), shows how a refused input comes back (RFC 9457 problem details listing each field), and with a key
 * records a subject access request in the register, adds an event with {@code If-Match}, and reads its deadline.
 */
public final class LineOfBusinessExample {
    /** Where the server listens unless told otherwise. */
    public static final URI DEFAULT_URL = URI.create("http://127.0.0.1:8080/");
    /** How to start the server, printed when it cannot be reached. */
    public static final String HOW_TO_START = "./mvnw -q -DskipTests package && java -jar ig-rest/target/igkit-server.jar";

    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final URI base;
    private final String apiKey;

    private LineOfBusinessExample(URI base, String apiKey) {
        this.base = base;
        this.apiKey = apiKey;
    }

    /** Runs against the server at {@code args[0]}, {@code IG_URL} or {@link #DEFAULT_URL}; exits 1 if unreachable. */
    public static void main(String[] args) {
        String url = args.length > 0 ? args[0] : System.getenv().getOrDefault("IG_URL", DEFAULT_URL.toString());
        int status = run(System.out, URI.create(url.endsWith("/") ? url : url + "/"), System.getenv("IG_API_KEY"));
        if (status != 0) {
            System.exit(status);
        }
    }

    /**
     * Runs the example against the server at {@code base}, printing to {@code out}.
     *
     * @param apiKey a key with the DPO role, or {@code null} to use the open calculators only
     * @return 0, or 1 when the server cannot be reached
     */
    public static int run(PrintStream out, URI base, String apiKey) {
        return new LineOfBusinessExample(base, apiKey).run(out);
    }

    private int run(PrintStream out) {
        Reply health;
        try {
            health = send("GET", "health", null, null);
        } catch (ServerUnreachable e) {
            out.println("No igkit server answers at " + base + ". Start it first, from the repository root:");
            out.println("  " + HOW_TO_START);
            return 1;
        }
        out.println("igkit at " + base + ": " + health.status() + " " + health.body().path("status").asText());
        out.println();

        Reply foi = send("POST", "v1/deadlines", """
                {"regime": "FOIA", "nation": "ENGLAND", "received": "2024-10-02",
                 "events": [{"type": "clarification_requested", "date": "2024-10-03"},
                            {"type": "clarification_received", "date": "2024-10-10"}],
                 "asOf": "2024-10-15"}""", null);
        out.println("FOI request received 2 October 2024, clarified 10 October:");
        out.println("  due " + foi.text("dueDate") + ", at the latest " + foi.text("latestDueDate")
                + ", status " + foi.text("status") + " (calendar " + foi.text("calendarVersion") + ")");
        for (JsonNode step : foi.body().path("explanation")) {
            out.println("  - " + step.path("text").asText());
        }
        out.println();

        Reply retention = send("POST", "v1/retention/calculations", """
                {"ruleText": "CFY(processed) + 6y", "action": "SECURE_DESTROY",
                 "facts": {"processed": "2012-06-15"}, "asOf": "2026-05-09"}""", null);
        out.println("Invoice processed 15 June 2012 under 'CFY(processed) + 6y':");
        out.println("  " + retention.text("status") + " since " + retention.text("dueDate") + ", action "
                + retention.text("action") + ", eligible now: " + retention.text("eligibleNow"));
        out.println();

        Reply breach = send("POST", "v1/breaches/assessments", """
                {"awareness": "2024-03-29T16:00:00Z", "regimes": ["UK_GDPR"], "breachTypes": ["CONFIDENTIALITY"],
                 "enisa": {"dataCategories": [{"category": "SENSITIVE", "score": 4}],
                           "ei": 0.75, "confidentiality": 0.5, "integrity": 0, "availability": 0, "malicious": false},
                 "specialCategories": true, "individuals": 40, "exfiltration": "CONFIRMED"}""", null);
        JsonNode enisa = breach.body().path("enisa");
        out.println("Breach of health data, aware Friday 29 March 2024 16:00 UTC:");
        out.println("  ENISA " + enisa.path("score").asText() + " (" + enisa.path("band").asText() + "), risk "
                + breach.text("riskTier") + ", notify the ICO: " + breach.body().path("notifyCommissioner").path("required")
                + " by " + breach.body().path("notifyCommissioner").path("deadline").asText()
                + ", tell the people affected: " + breach.text("communicateDataSubjects"));
        out.println();

        Reply refused = send("POST", "v1/deadlines", """
                {"regime": "FOIA", "received": "2024-10-02",
                 "events": [{"type": "clarification_received", "date": "2024-09-30"}], "asOf": "2024-10-15"}""", null);
        out.println("A timeline with mistakes is refused: " + refused.status() + " " + refused.text("title"));
        for (JsonNode error : refused.body().path("errors")) {
            out.println("  " + error.path("path").asText() + ": " + error.path("message").asText());
        }

        if (apiKey == null || apiKey.isBlank()) {
            out.println();
            out.println("(Set IG_API_KEY to a key with the DPO role to record a request in the register too.)");
            return 0;
        }
        out.println();
        Reply received = send("POST", "v1/requests", """
                {"regime": "UKGDPR_SAR", "nation": "ENGLAND", "reference": "SAR-2024-0042",
                 "requesterCategory": "DATA_SUBJECT", "received": "2024-09-03"}""", apiKey);
        String id = received.text("id");
        out.println("Recorded " + received.text("reference") + ": " + received.status() + ", due "
                + received.text("dueDate") + ", ETag " + received.etag());
        Reply identity = send("POST", "v1/requests/" + id + "/events",
                "{\"type\": \"id_requested\", \"date\": \"2024-09-04\"}", apiKey, "If-Match", received.etag());
        out.println("Asked for proof of identity: " + identity.status() + ", ETag now " + identity.etag());
        Reply stale = send("POST", "v1/requests/" + id + "/events",
                "{\"type\": \"id_received\", \"date\": \"2024-09-10\"}", apiKey, "If-Match", received.etag());
        out.println("The same update with the old ETag: " + stale.status() + " " + stale.text("title"));
        send("POST", "v1/requests/" + id + "/events", "{\"type\": \"id_received\", \"date\": \"2024-09-10\"}", apiKey,
                "If-Match", identity.etag());
        Reply deadline = send("GET", "v1/requests/" + id + "/deadline?asOf=2024-09-20", null, apiKey);
        out.println("Identity received 10 September: due " + deadline.text("dueDate") + ", " + deadline.text("status"));
        return 0;
    }

    /** An answer: status, JSON body (empty object when none) and ETag. */
    private record Reply(int status, JsonNode body, String etag) {
        String text(String field) {
            return body.path(field).asText();
        }
    }

    /** The server did not accept a connection. */
    private static final class ServerUnreachable extends RuntimeException {
        private static final long serialVersionUID = 1L;

        ServerUnreachable(Throwable cause) {
            super(cause);
        }
    }

    private Reply send(String method, String path, String json, String key, String... extraHeaders) {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(30))
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        List<String> headers = new ArrayList<>(List.of(extraHeaders));
        if (json != null) {
            headers.addAll(List.of("Content-Type", "application/json"));
        }
        if (key != null) {
            headers.addAll(List.of("Authorization", "Bearer " + key));
        }
        for (int i = 0; i < headers.size(); i += 2) {
            request.header(headers.get(i), headers.get(i + 1));
        }
        try {
            HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
            JsonNode body = response.body().isBlank() ? JSON.createObjectNode() : JSON.readTree(response.body());
            return new Reply(response.statusCode(), body, response.headers().firstValue("ETag").orElse(null));
        } catch (ConnectException e) {
            throw new ServerUnreachable(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while calling " + path, e);
        }
    }
}
