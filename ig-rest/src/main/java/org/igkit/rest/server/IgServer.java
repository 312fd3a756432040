package org.igkit.rest.server;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.URL;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.eclipse.microprofile.config.Config;
import org.glassfish.jersey.jetty.JettyHttpContainer;
import org.glassfish.jersey.server.ContainerFactory;
import org.glassfish.jersey.server.ResourceConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.bridge.SLF4JBridgeHandler;

import io.smallrye.config.EnvConfigSource;
import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfigBuilder;
import io.smallrye.config.SysPropConfigSource;

import org.igkit.core.error.IgException;
import org.igkit.core.error.ValidationException;
import org.igkit.rest.edge.ClientConnections;
import org.igkit.rest.edge.EdgeHandler;
import org.igkit.rest.edge.ProblemErrorHandler;
import org.igkit.rest.http.BodyLimitFilter;

/**
 * The runnable server: Jersey on Jetty, configured from MicroProfile Config. {@link #close()} (and SIGTERM, through
 * a shutdown hook) stops taking requests, lets the ones in flight finish within {@code ig.http.shutdown-grace}, then
 * closes the store.
 *
 * <p>Why Jetty and not the JDK's {@code com.sun.net.httpserver}, which served until issue 20: the JDK server reads a
 * request's line and headers on a request thread with blocking reads (16 sockets sending {@code GET /hea} held all
 * 16 threads), has no per-client connection cap (only {@code sun.net.httpserver.maxConnections}, a total that lets
 * one client lock everyone out), times requests out only in whole seconds by closing the socket, and answers a URI
 * it cannot parse (a raw {@code |}) with its own text/html page before any handler runs. Jetty parses heads without
 * holding a thread, reports each connection to {@link ClientConnections}, and lets {@link ProblemErrorHandler}
 * write its errors as problem+json.
 */
public final class IgServer implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(IgServer.class);
    /** Threads Jetty leases for itself beyond the request threads: one acceptor and one selector. */
    private static final int JETTY_OWN_THREADS = 2;

    private final Server jetty;
    private final ServerConnector connector;
    private final EdgeHandler edge;
    private final ClientConnections connections;
    private final CompositionRoot root;
    private final Duration grace;
    private final URI uri;
    private final Object lock = new Object();
    private boolean closed;

    private IgServer(ServerSettings settings, CompositionRoot root, Consumer<ResourceConfig> customizer) throws Exception {
        this.root = root;
        this.grace = settings.shutdownGrace();
        ResourceConfig config = IgApplication.of(settings, root);
        customizer.accept(config);
        JettyHttpContainer jersey = ContainerFactory.createContainer(JettyHttpContainer.class, config);

        int threads = settings.threads() + JETTY_OWN_THREADS;
        QueuedThreadPool pool = new QueuedThreadPool(threads, Math.min(threads, 4));
        pool.setName("igkit-http");
        pool.setReservedThreads(0);
        this.jetty = new Server(pool);
        HttpConfiguration http = new HttpConfiguration();
        http.setSendServerVersion(false);
        http.setSendXPoweredBy(false);
        this.connector = new ServerConnector(jetty, 1, 1, new HttpConnectionFactory(http));
        connector.setHost(settings.host());
        connector.setPort(settings.port());
        connector.setIdleTimeout(settings.connectionLimits().readTimeout().toMillis());
        this.connections = new ClientConnections(settings.connectionLimits(), jetty.getScheduler(), root.clock());
        connector.addBean(connections);
        jetty.addConnector(connector);
        this.edge = new EdgeHandler(jersey, connections, settings.rateLimits(), settings.maxBodyBytes(),
                BodyLimitFilter.IMPORT_PATH, root.clock());
        jetty.setHandler(edge);
        jetty.setErrorHandler(new ProblemErrorHandler());
        try {
            jetty.start();
        } catch (Exception e) {
            jetty.stop();
            throw e;
        }
        this.uri = URI.create("http://" + hostForUri(settings.host()) + ":" + connector.getLocalPort() + "/");
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
        } catch (Exception e) {
            root.close();
            throw new IllegalStateException("the HTTP server did not start", e);
        }
    }

    /** The base URI, e.g. {@code http://127.0.0.1:8080/}. */
    public URI uri() {
        return uri;
    }

    /** The port listened on (useful with {@code ig.http.port=0}). */
    public int port() {
        return connector.getLocalPort();
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
        }
        int unfinished = edge.drain(grace);
        if (unfinished > 0) {
            LOG.warn("{} request(s) still running after the shutdown grace of {}; stopping anyway", unfinished, grace);
        }
        try {
            // stopping Jetty stops the Jersey container too (its onShutdown)
            jetty.stop();
        } catch (Exception e) {
            LOG.warn("the HTTP server did not stop cleanly", e);
        }
        edge.flushLog();
        connections.flushLog();
        root.close();
        LOG.info("igkit stopped");
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

    /**
     * Prints the settings ({@code --help}) or the version ({@code --version}), or starts the server as configured
     * (system properties, environment, {@code META-INF/microprofile-config.properties}) and logs one line with its
     * version and URL. Exits with status 2, after one line saying what is wrong and how to fix it, when an argument
     * or the configuration is refused, the store cannot be opened or the port cannot be listened on.
     */
    public static void main(String[] args) {
        Optional<Integer> handled = CommandLine.handle(List.of(args), System.out, System.err);
        if (handled.isPresent()) {
            System.exit(handled.get());
            return;
        }
        routeJdkLoggingToSlf4j();
        Config config = configuration(Map.of());
        KnownSettings.warningsFor(config).forEach(LOG::warn);
        Launch launch = launch(config, Clock.systemUTC());
        if (launch instanceof Launch.Refused refused) {
            LOG.error(refused.message());
            System.exit(refused.status());
            return;
        }
        Launch.Started started = (Launch.Started) launch;
        IgServer server = started.server();
        Runtime.getRuntime().addShutdownHook(new Thread(server::close, "igkit-shutdown"));
        if (started.settings().keyring().isEmpty()) {
            LOG.warn("no API keys are configured: only /health, /openapi.json and the calculators are served. "
                    + "Set one with IG_AUTH_KEYS='<secret of 16+ characters>:ADMIN' (or -Dig.auth.keys=...)");
        }
        LOG.info("igkit {} listening on {} ({}; started in {} ms)", CommandLine.version(), server.uri(),
                server.root().describeStore(), ManagementFactory.getRuntimeMXBean().getUptime());
    }

    /**
     * What {@link #main} does short of exiting, so that a test can run it: reads the settings from {@code config},
     * opens the store they name and starts the server, or says in one line why it cannot.
     */
    static Launch launch(Config config, Clock clock) {
        ServerSettings settings;
        try {
            settings = ServerSettings.from(config);
        } catch (ValidationException e) {
            return new Launch.Refused(2, StartFailures.refusedSettings(e));
        }
        CompositionRoot root;
        try {
            root = CompositionRoot.open(settings, clock);
        } catch (IgException e) {
            return new Launch.Refused(2, StartFailures.storeUnopenable(settings, e));
        }
        try {
            return new Launch.Started(start(settings, root), settings);
        } catch (UncheckedIOException e) {
            // start() has closed the store again
            return new Launch.Refused(2, StartFailures.cannotListen(settings, e));
        }
    }

    /** How {@link #launch} ended: a running server, or the exit status and the paragraph that explains it. */
    sealed interface Launch {
        /** The server is listening, on {@code settings}; the caller closes it. */
        record Started(IgServer server, ServerSettings settings) implements Launch {
        }

        /** Nothing was started (or it was closed again); {@code message} says why. */
        record Refused(int status, String message) implements Launch {
        }
    }
}
