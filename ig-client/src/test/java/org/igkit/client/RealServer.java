package org.igkit.client;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfigBuilder;

import org.igkit.client.invoker.ApiClient;
import org.igkit.rest.server.IgServer;
import org.igkit.rest.server.ServerSettings;

/**
 * The igkit server as its users start it (the same configuration keys), in this JVM, on a free port with a SQLite
 * file in a temporary directory, and clients of it that record every request they send. Close it to stop the
 * server and delete the directory.
 */
final class RealServer implements AutoCloseable {
    static final String ADMIN = "client-test-admin-key-0123456789";
    static final String READER = "client-test-reader-key-0123456789";
    /** The instant the server's clock shows: the tests' dates are fixed. */
    static final Instant NOW = Instant.parse("2026-05-09T10:00:00Z");

    private final IgServer server;
    private final Path directory;
    private final List<HttpRequest> sent = Collections.synchronizedList(new ArrayList<>());

    private RealServer(IgServer server, Path directory) {
        this.server = server;
        this.directory = directory;
    }

    static RealServer start() {
        try {
            Path directory = Files.createTempDirectory("ig-client-test");
            Map<String, String> properties = new HashMap<>();
            properties.put("ig.http.port", "0");
            properties.put("ig.http.threads", "4");
            properties.put("ig.http.shutdown-grace", "PT5S");
            properties.put("ig.store.path", directory.resolve("igkit.db").toString());
            properties.put("ig.auth.keys", ADMIN + ":ADMIN," + READER + ":READER");
            // an audit key, so that checkpoints can be signed
            properties.put("ig.audit.key", "client-test:" + Base64.getEncoder().encodeToString(new byte[32]));
            // the clock below stands still, so the bucket of calls without a key would never refill
            properties.put("ig.rate.anonymous.burst", "1000000");
            ServerSettings settings = ServerSettings.from(new SmallRyeConfigBuilder()
                    .withSources(new PropertiesConfigSource(properties, "ig-client test", 500)).build());
            return new RealServer(IgServer.start(settings, Clock.fixed(NOW, ZoneOffset.UTC)), directory);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    URI uri() {
        return server.uri();
    }

    /**
     * A client with {@code key} (null for none) whose mapper refuses unknown fields, so that an answer carrying a
     * field the document does not declare fails the test.
     */
    IgClient client(String key) {
        ObjectMapper strict = ApiClient.createDefaultObjectMapper()
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        return IgClient.builder(server.uri()).apiKey(key).mapper(strict)
                .onRequest(request -> sent.add(request.build()))
                .build();
    }

    /** Every request the clients of this server sent, in order. */
    List<HttpRequest> sent() {
        return List.copyOf(sent);
    }

    @Override
    public void close() {
        server.close();
        try (Stream<Path> files = Files.walk(directory)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
