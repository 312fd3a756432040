package org.igkit.rest.server;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

import org.eclipse.microprofile.config.Config;
import org.glassfish.jersey.jdkhttp.JdkHttpHandlerContainer;
import org.glassfish.jersey.server.ContainerFactory;
import org.glassfish.jersey.server.ResourceConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.bridge.SLF4JBridgeHandler;

import io.smallrye.config.EnvConfigSource;
import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfigBuilder;
import io.smallrye.config.SysPropConfigSource;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import org.igkit.core.error.ValidationException;
import org.igkit.rest.problem.ProblemType;

/**
 * The runnable server: Jersey on the JDK's HTTP server, configured from MicroProfile Config. {@link #close()} (and
 * SIGTERM, through a shutdown hook) stops taking requests, lets the ones in flight finish within
 * {@code ig.http.shutdown-grace}, then closes the store.
 */
public final class IgServer implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(IgServer.class);

    static {
        // The JDK server writes a response's headers and body separately; without TCP_NODELAY, Nagle's algorithm
        // and the client's delayed ACK hold the second write back. Read once, when the JDK server first loads.
        if (System.getProperty("sun.net.httpserver.nodelay") == null) {
            System.setProperty("sun.net.httpserver.nodelay", "true");
        }
    }

    private final HttpServer http;
    private final ExecutorService workers;
    private final JdkHttpHandlerContainer jersey;
    private final CompositionRoot root;
    private final Duration grace;
    private final URI uri;
    private final Object lock = new Object();
    private int inFlight;
    private boolean draining;
    private boolean closed;

    private IgServer(ServerSettings settings, CompositionRoot root, Consumer<ResourceConfig> customizer) throws IOException {
        this.root = root;
        this.grace = settings.shutdownGrace();
        ResourceConfig config = IgApplication.of(settings, root);
        customizer.accept(config);
        this.jersey = ContainerFactory.createContainer(JdkHttpHandlerContainer.class, config);
        this.http = HttpServer.create(new InetSocketAddress(settings.host(), settings.port()), 0);
        this.workers = Executors.newFixedThreadPool(settings.threads(), namedThreads());
        http.setExecutor(workers);
        http.createContext("/", this::handle);
        jersey.getApplicationHandler().onStartup(jersey);
        http.start();
        InetSocketAddress bound = http.getAddress();
        this.uri = URI.create("http://" + hostForUri(settings.host()) + ":" + bound.getPort() + "/");
    }

    /** Starts a server as configured by MicroProfile Config; the caller closes it. */
    public static IgServer start(ServerSettings settings, Clock clock) {
        return start(settings, clock, config -> { });
    }

    /**
     * Starts a server, letting {@code customizer} register more components first (an embedder's resources, or a
     * test's). The composition root is closed again if the server fails to start.
     */
    public static IgServer start(ServerSettings settings, Clock clock, Consumer<ResourceConfig> customizer) {
        return start(settings, CompositionRoot.open(settings, clock), customizer);
    }

    /**
     * Starts a server on the ports of {@code root} (see {@link CompositionRoot#builder}) instead of the SQLite
     * store of {@code settings}; {@code ig.store.path} is then unused. Closing the server closes {@code root}.
     */
    public static IgServer start(ServerSettings settings, CompositionRoot root) {
        return start(settings, root, config -> { });
    }

    /** As {@link #start(ServerSettings, CompositionRoot)}, letting {@code customizer} register more components. */
    public static IgServer start(ServerSettings settings, CompositionRoot root, Consumer<ResourceConfig> customizer) {
        try {
            return new IgServer(settings, root, customizer);
        } catch (IOException e) {
            root.close();
            throw new UncheckedIOException("could not listen on " + settings.host() + ":" + settings.port(), e);
        } catch (RuntimeException e) {
            root.close();
            throw e;
        }
    }

    /** The base URI, e.g. {@code http://127.0.0.1:8080/}. */
    public URI uri() {
        return uri;
    }

    /** The port listened on (useful with {@code ig.http.port=0}). */
    public int port() {
        return http.getAddress().getPort();
    }

    /** The ports the server runs on (tests read the audit log through it). */
    public CompositionRoot root() {
        return root;
    }

    /**
     * Stops gracefully: new requests get 503, requests in flight run to completion (up to the grace period),
     * then the listener, the workers, Jersey and the store are closed. Idempotent.
     */
    @Override
    public void close() {
        synchronized (lock) {
            if (closed) {
                return;
            }
            closed = true;
            draining = true;
            long deadline = System.nanoTime() + grace.toNanos();
            while (inFlight > 0) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    LOG.warn("{} request(s) still running after the shutdown grace of {}; stopping anyway", inFlight, grace);
                    break;
                }
                try {
                    TimeUnit.NANOSECONDS.timedWait(lock, left);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    break;
                }
            }
        }
        http.stop(0);
        workers.shutdown();
        try {
            if (!workers.awaitTermination(2, TimeUnit.SECONDS)) {
                workers.shutdownNow();
            }
        } catch (InterruptedException e) {
            workers.shutdownNow();
            Thread.currentThread().interrupt();
        }
        jersey.getApplicationHandler().onShutdown(jersey);
        root.close();
        LOG.info("igkit stopped");
    }

    private void handle(HttpExchange exchange) throws IOException {
        synchronized (lock) {
            if (draining) {
                refuse(exchange);
                return;
            }
            inFlight++;
        }
        try {
            jersey.handle(exchange);
        } finally {
            synchronized (lock) {
                inFlight--;
                lock.notifyAll();
            }
        }
    }

    private static void refuse(HttpExchange exchange) throws IOException {
        ProblemType kind = ProblemType.UNAVAILABLE;
        byte[] body = ("{\"type\":\"" + kind.uri() + "\",\"title\":\"" + kind.title() + "\",\"status\":" + kind.status()
                + ",\"detail\":\"the server is shutting down\"}").getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/problem+json");
        exchange.getResponseHeaders().set("Connection", "close");
        exchange.sendResponseHeaders(kind.status(), body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    /** Jersey and HK2 log through java.util.logging; the server's log is SLF4J's. */
    static void routeJdkLoggingToSlf4j() {
        SLF4JBridgeHandler.removeHandlersForRootLogger();
        SLF4JBridgeHandler.install();
    }

    /**
     * MicroProfile Config's standard sources: system properties, then environment variables, then the defaults in
     * {@code META-INF/microprofile-config.properties}, with {@code overrides} above them all. Built here rather than
     * by {@code ConfigProvider}, whose class-path scan for that file opened the whole 25 MB jar as a file system on
     * every start (0.1 s).
     */
    static Config configuration(Map<String, String> overrides) {
        URL defaults = IgServer.class.getClassLoader().getResource("META-INF/microprofile-config.properties");
        try {
            return new SmallRyeConfigBuilder()
                    .addDefaultInterceptors()
                    .withSources(new PropertiesConfigSource(overrides, "overrides", 500), new SysPropConfigSource(),
                            new EnvConfigSource(System.getenv(), 300),
                            new PropertiesConfigSource(Objects.requireNonNull(defaults, "the server's default settings"), 100))
                    .build();
        } catch (IOException e) {
            throw new UncheckedIOException("reading the server's default settings", e);
        }
    }

    private static String hostForUri(String host) {
        return host.contains(":") && !host.startsWith("[") ? "[" + host + "]" : host;
    }

    private static ThreadFactory namedThreads() {
        AtomicInteger count = new AtomicInteger();
        return task -> {
            Thread thread = new Thread(task, "igkit-http-" + count.incrementAndGet());
            thread.setDaemon(false);
            return thread;
        };
    }

    /**
     * Starts the server as configured (system properties, environment, {@code META-INF/microprofile-config.properties})
     * and logs one line with its URL. Exits with status 2 when the configuration is refused.
     */
    public static void main(String[] args) {
        routeJdkLoggingToSlf4j();
        ServerSettings settings;
        try {
            settings = ServerSettings.from(configuration(Map.of()));
        } catch (ValidationException e) {
            LOG.error("igkit cannot start: the configuration is refused");
            e.violations().forEach(v -> LOG.error("  {}", v));
            System.exit(2);
            return;
        }
        IgServer server = start(settings, Clock.systemUTC());
        Runtime.getRuntime().addShutdownHook(new Thread(server::close, "igkit-shutdown"));
        if (settings.keyring().isEmpty()) {
            LOG.warn("no API keys are configured: only /health, /openapi.json and the calculators are served. "
                    + "Set one with IG_AUTH_KEYS='<secret of 16+ characters>:ADMIN' (or -Dig.auth.keys=...)");
        }
        LOG.info("igkit listening on {} ({}; started in {} ms)", server.uri(), server.root().describeStore(),
                ManagementFactory.getRuntimeMXBean().getUptime());
    }
}
