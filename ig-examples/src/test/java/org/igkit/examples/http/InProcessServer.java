package org.igkit.examples.http;

import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;

import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfigBuilder;

import org.igkit.rest.server.IgServer;
import org.igkit.rest.server.ServerSettings;

/**
 * The igkit server as users start it (the same configuration keys), in this JVM, on an ephemeral port with a SQLite
 * file in a temporary directory. Close it so that no server is left running.
 */
public final class InProcessServer implements AutoCloseable {
    /** A key with the DPO role that the server accepts. */
    public static final String DPO_KEY = "example-dpo-key-0123456789";
    /** The instant the server's clock shows. */
    public static final Instant NOW = Instant.parse("2026-05-09T10:00:00Z");

    private final IgServer server;

    private InProcessServer(IgServer server) {
        this.server = server;
    }

    /** Starts a server storing into {@code directory}/igkit.db. */
    public static InProcessServer start(Path directory) {
        Map<String, String> properties = new HashMap<>();
        properties.put("ig.http.port", "0");
        properties.put("ig.http.threads", "4");
        properties.put("ig.http.shutdown-grace", "PT5S");
        properties.put("ig.store.path", directory.resolve("igkit.db").toString());
        properties.put("ig.auth.keys", DPO_KEY + ":DPO");
        // the clock below stands still, so the per-client bucket of calls without a key never refills (issue 20)
        properties.put("ig.rate.anonymous.burst", "1000000");
        ServerSettings settings = ServerSettings.from(new SmallRyeConfigBuilder()
                .withSources(new PropertiesConfigSource(properties, "ig-examples test", 500)).build());
        return new InProcessServer(IgServer.start(settings, Clock.fixed(NOW, ZoneOffset.UTC)));
    }

    /** The base URI, e.g. {@code http://127.0.0.1:41234/}. */
    public URI uri() {
        return server.uri();
    }

    @Override
    public void close() {
        server.close();
    }
}
