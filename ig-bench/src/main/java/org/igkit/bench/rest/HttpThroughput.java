package org.igkit.bench.rest;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;

import com.sun.net.httpserver.HttpServer;

/**
 * Throughput of igkit's {@code POST /v1/deadlines} against a bare JDK {@link HttpServer} that answers the same
 * request with the same JSON bytes, measured in one run by the same closed-loop load generator (N client threads,
 * each sending the next request when the last answer arrives). The ratio is what Jersey, Jackson, auth, problem
 * mapping and the deadline engine cost over the bare server; the goal is at least 50%.
 *
 * <pre>
 * # against a server already running (java -jar ig-rest/target/igkit-server.jar):
 * java -cp ig-bench/target/benchmarks.jar org.igkit.bench.rest.HttpThroughput --target http://127.0.0.1:8080
 * # or let the harness start the jar on a free port and stop it afterwards:
 * java -cp ig-bench/target/benchmarks.jar org.igkit.bench.rest.HttpThroughput --jar ig-rest/target/igkit-server.jar
 * options: --seconds 10 --warmup 5 --threads 8 --path /v1/deadlines --body '{"regime":...}' (or --body-file f)
 * # or only serve the bare server, for an outside load generator such as wrk (ig-bench/scripts/http-throughput.sh):
 * java -cp ig-bench/target/benchmarks.jar org.igkit.bench.rest.HttpThroughput --serve-bare answer.json --port 18081
 * </pre>
 *
 * <p>Both servers run on this machine with the client, so the figures are comparable with each other, not with
 * another machine. The bare server runs in this JVM (as does the client); igkit in its own.
 */
public final class HttpThroughput {
    /** The request measured: the FOIA example (the engine needs the clarification asked before it is received). */
    static final String DEFAULT_BODY = "{\"regime\":\"FOIA\",\"nation\":\"ENGLAND\",\"received\":\"2024-10-02\","
            + "\"events\":[{\"type\":\"clarification_requested\",\"date\":\"2024-10-03\"},"
            + "{\"type\":\"clarification_received\",\"date\":\"2024-10-10\"}],\"asOf\":\"2024-10-15\"}";

    private HttpThroughput() {
    }

    public static void main(String[] args) throws Exception {
        // the same TCP setting igkit's server uses: without it the JDK server stalls ~40 ms a response (Nagle)
        System.setProperty("sun.net.httpserver.nodelay", "true");
        Map<String, String> options = parse(args);
        if (options.containsKey("serve-bare")) {
            serveBare(options);
            return;
        }
        int seconds = Integer.parseInt(options.getOrDefault("seconds", "10"));
        int warmup = Integer.parseInt(options.getOrDefault("warmup", "5"));
        int threads = Integer.parseInt(options.getOrDefault("threads", "8"));
        String path = options.getOrDefault("path", "/v1/deadlines");
        String body = options.containsKey("body-file")
                ? Files.readString(Path.of(options.get("body-file"))) : options.getOrDefault("body", DEFAULT_BODY);

        Process igkit = null;
        URI target;
        if (options.containsKey("jar")) {
            int port = freePort();
            Path store = Files.createTempDirectory("igkit-bench").resolve("igkit.db");
            // no rate limit: every call is from one address without a key; this measures the server, not the limiter
            igkit = new ProcessBuilder("java", "-Dig.http.port=" + port, "-Dig.http.threads=" + Math.max(threads, 4),
                    "-Dig.rate.enabled=false", "-Dig.http.connections-per-client=1024",
                    "-Dig.store.path=" + store, "-jar", options.get("jar")).inheritIO().start();
            target = URI.create("http://127.0.0.1:" + port);
        } else {
            target = URI.create(options.getOrDefault("target", "http://127.0.0.1:8080"));
        }
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build();
        HttpServer bare = null;
        try {
            URI igkitUri = target.resolve(path);
            byte[] answer = firstAnswer(client, igkitUri, body);
            bare = bareServer(0, path, answer, threads);
            URI bareUri = URI.create("http://127.0.0.1:" + bare.getAddress().getPort() + path);

            System.out.printf("request: POST %s (%d bytes), answer %d bytes; %d client threads, %ds warm-up, %ds measured%n",
                    path, body.length(), answer.length, threads, warmup, seconds);
            Result bareResult = load(client, bareUri, body, threads, warmup, seconds);
            Result igkitResult = load(client, igkitUri, body, threads, warmup, seconds);
            System.out.printf("bare JDK HttpServer : %,10.0f req/s  (%d errors)%n", bareResult.perSecond(), bareResult.errors());
            System.out.printf("igkit (Jersey)      : %,10.0f req/s  (%d errors)%n", igkitResult.perSecond(), igkitResult.errors());
            System.out.printf("igkit / bare        : %10.1f %%%n", 100 * igkitResult.perSecond() / bareResult.perSecond());
        } finally {
            if (bare != null) {
                bare.stop(0);
                ((ExecutorService) bare.getExecutor()).shutdownNow();
            }
            if (igkit != null) {
                igkit.destroy();
                igkit.waitFor(15, TimeUnit.SECONDS);
            }
        }
    }

    /** What one run of the load loop counted. */
    record Result(long requests, long errors, double seconds) {
        double perSecond() {
            return requests / seconds;
        }
    }

    private static Result load(HttpClient client, URI uri, String body, int threads, int warmup, int seconds)
            throws Exception {
        run(client, uri, body, threads, warmup);
        return run(client, uri, body, threads, seconds);
    }

    private static Result run(HttpClient client, URI uri, String body, int threads, int seconds) throws Exception {
        LongAdder ok = new LongAdder();
        LongAdder errors = new LongAdder();
        HttpRequest request = HttpRequest.newBuilder(uri).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        long start = System.nanoTime();
        long end = start + TimeUnit.SECONDS.toNanos(seconds);
        List<Future<?>> running = new ArrayList<>();
        for (int i = 0; i < threads; i++) {
            running.add(pool.submit(() -> {
                while (System.nanoTime() < end) {
                    try {
                        HttpResponse<byte[]> response = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
                        (response.statusCode() == 200 ? ok : errors).increment();
                    } catch (IOException e) {
                        errors.increment();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        return;
                    }
                }
            }));
        }
        for (Future<?> f : running) {
            f.get();
        }
        pool.shutdown();
        return new Result(ok.sum(), errors.sum(), (System.nanoTime() - start) / 1e9);
    }

    private static byte[] firstAnswer(HttpClient client, URI uri, String body) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(uri).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
        IOException last = null;
        for (int attempt = 0; attempt < 100; attempt++) {
            try {
                HttpResponse<byte[]> response = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
                if (response.statusCode() != 200) {
                    throw new IllegalStateException("igkit answered " + response.statusCode() + ": "
                            + new String(response.body(), StandardCharsets.UTF_8));
                }
                return response.body();
            } catch (IOException notUpYet) {
                last = notUpYet;
                Thread.sleep(100);
            }
        }
        throw new IllegalStateException("igkit did not answer at " + uri, last);
    }

    /** Runs only the bare server, answering {@code --path} with the bytes of the file {@code --serve-bare}, until killed. */
    private static void serveBare(Map<String, String> options) throws IOException {
        byte[] answer = Files.readAllBytes(Path.of(options.get("serve-bare")));
        int port = Integer.parseInt(options.getOrDefault("port", "18081"));
        int threads = Integer.parseInt(options.getOrDefault("threads", "8"));
        bareServer(port, options.getOrDefault("path", "/v1/deadlines"), answer, threads);
        System.out.printf("bare JDK HttpServer on 127.0.0.1:%d, %d threads, answering %d bytes%n", port,
                Math.max(threads, 4), answer.length);
    }

    private static HttpServer bareServer(int port, String path, byte[] answer, int threads) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
        server.setExecutor(Executors.newFixedThreadPool(Math.max(threads, 4)));
        server.createContext(path, exchange -> {
            try (InputStream in = exchange.getRequestBody(); OutputStream out = exchange.getResponseBody()) {
                in.readAllBytes();
                exchange.getResponseHeaders().set("Content-Type", "application/json");
                exchange.sendResponseHeaders(200, answer.length);
                out.write(answer);
            }
        });
        server.start();
        return server;
    }

    private static int freePort() throws IOException {
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    private static Map<String, String> parse(String[] args) {
        Map<String, String> options = new HashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            if (!args[i].startsWith("--")) {
                throw new IllegalArgumentException("expected --option value, got " + args[i]);
            }
            options.put(args[i].substring(2), args[i + 1]);
        }
        return options;
    }
}
