package org.igkit.rest.server;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The training run behind the server's class-data-sharing archive, {@code ig-rest/target/igkit-server.jsa}.
 *
 * <p>The build runs it from the packaged jar under {@code -XX:ArchiveClassesAtExit}: it starts a server as
 * {@link IgServer#main} does (on a temporary SQLite file and a free port, with a throw-away key), sends the requests a
 * new server usually gets first, checks each answer's status, and stops. The JVM then writes the classes it loaded
 * into the archive, which {@code java -XX:SharedArchiveFile=ig-rest/target/igkit-server.jsa -jar ...} maps instead of
 * reading, parsing and verifying them again: most of the server's start-up time. A wrong status fails the run, and
 * with it the build, so the run is also a smoke test of the shaded jar.
 */
public final class StartupTraining {
    private StartupTraining() {
    }

    /** Runs the training; exits non-zero when an answer is not the one expected. */
    public static void main(String[] args) throws IOException, InterruptedException {
        IgServer.routeJdkLoggingToSlf4j();
        Path directory = Files.createTempDirectory("igkit-training");
        String key = HexFormat.of().formatHex(new SecureRandom().generateSeed(16));
        try {
            ServerSettings settings = ServerSettings.from(IgServer.configuration(Map.of(
                    "ig.http.port", "0",
                    "ig.store.path", directory.resolve("igkit.db").toString(),
                    "ig.auth.keys", key + ":ADMIN")));
            try (IgServer server = IgServer.start(settings, Clock.systemUTC())) {
                exercise(server.uri(), key);
            }
        } finally {
            deleteTree(directory);
        }
    }

    private static void exercise(URI base, String key) throws IOException, InterruptedException {
        HttpClient client = HttpClient.newHttpClient();
        for (Call call : CALLS) {
            HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(call.path()));
            if (call.body() == null) {
                request.GET();
            } else {
                request.POST(HttpRequest.BodyPublishers.ofString(call.body())).header("Content-Type", "application/json");
            }
            if (call.withKey()) {
                request.header("Authorization", "Bearer " + key);
            }
            HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != call.expectedStatus()) {
                throw new IllegalStateException(call.path() + " answered " + response.statusCode() + " where "
                        + call.expectedStatus() + " was expected: " + response.body());
            }
        }
    }

    private static void deleteTree(Path directory) {
        try (Stream<Path> paths = Files.walk(directory)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("removing the training's temporary directory " + directory, e);
        }
    }

    /** One request of the training and the status it must get. */
    private record Call(String path, String body, boolean withKey, int expectedStatus) {
    }

    private static final List<Call> CALLS = List.of(
            new Call("/health", null, false, 200),
            new Call("/v1/deadlines", "{\"regime\": \"FOIA\", \"nation\": \"ENGLAND\", \"received\": \"2024-10-02\"}",
                    false, 200),
            new Call("/v1/deadlines", "{\"regime\": \"UKGDPR_SAR\", \"received\": \"2025-01-31T23:30:00Z\","
                    + " \"events\": [{\"type\": \"clarification_requested\", \"date\": \"2025-02-03\"}]}", false, 200),
            new Call("/v1/deadlines", "{\"regime\": \"FOIA\", \"received\": \"2024-02-30\"}", false, 422),
            new Call("/v1/deadlines", "{\"regime\": \"FOIA\", \"surprise\": 1}", false, 400),
            new Call("/v1/retention/calculations", "{\"ruleText\": \"CFY(processed) + 6y\", \"action\": \"SECURE_DESTROY\","
                    + " \"facts\": {\"processed\": \"2012-06-15\"}, \"asOf\": \"2026-05-09\"}", false, 200),
            new Call("/v1/breaches/assessments", "{\"awareness\": \"2024-03-29T16:00:00Z\", \"regimes\": [\"UK_GDPR\"],"
                    + " \"breachTypes\": [\"CONFIDENTIALITY\"], \"enisa\": {\"dpc\": 2, \"ei\": 0.75,"
                    + " \"confidentiality\": 0.25, \"integrity\": 0, \"availability\": 0, \"malicious\": false},"
                    + " \"protection\": \"NONE\", \"specialCategories\": false, \"individuals\": 120,"
                    + " \"vulnerableSubjects\": false, \"exfiltration\": \"POSSIBLE\", \"backupAvailable\": true,"
                    + " \"restorationHours\": 4, \"effectOnIndividuals\": \"NONE\", \"mitigations\": []}", false, 200),
            new Call("/v1/requests", null, false, 401),
            new Call("/v1/requests", null, true, 200),
            new Call("/v1/records", null, true, 200),
            new Call("/v1/breaches", null, true, 200),
            new Call("/v1/audit", null, true, 200),
            new Call("/v1/no-such-thing", null, true, 404),
            new Call("/openapi.json", null, false, 200));
}
