package org.igkit.rest.edge;

import java.io.ByteArrayOutputStream;
import java.net.InetAddress;
import java.nio.ByteBuffer;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.OptionalLong;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpMethod;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.igkit.rest.problem.Problem;
import org.igkit.rest.problem.ProblemType;
import org.igkit.rest.problem.RepeatedLog;

/**
 * Every request passes here before Jersey. In order: the header deadline is lifted (the head has arrived); while the
 * server drains, 503; a path or query holding characters a URI may not (a raw {@code |}, a broken {@code %} escape) is
 * a 400 problem (Jersey would build a {@code java.net.URI} from it and fail); the per-client token buckets (429 with {@code Retry-After}); a body must say what it is in one
 * well-formed {@code Content-Type} (415); and a body of at most {@code ig.http.max-body-bytes} is read into memory
 * <em>without holding a thread</em> (Jetty calls back as bytes arrive) before Jersey is called, so a client that
 * declares a body and never sends it costs a connection, not one of the request threads. Only the bulk import, which
 * needs a key and is streamed, is read by Jersey as it arrives.
 */
public final class EdgeHandler extends Handler.Wrapper {
    private static final Logger LOG = LoggerFactory.getLogger(EdgeHandler.class);
    private static final String TOKEN = "[!#$%&'*+.^_`|~0-9A-Za-z-]+";
    private static final String QUOTED = "\"(?:[^\"\\\\]|\\\\.)*\"";
    /** RFC 9110 §8.3.1: {@code type/subtype *( OWS ";" OWS name=value )}: one media type, not a list. */
    private static final Pattern MEDIA_TYPE = Pattern.compile(
            TOKEN + "/" + TOKEN + "(?:[ \\t]*;[ \\t]*" + TOKEN + "=(?:" + TOKEN + "|" + QUOTED + "))*[ \\t]*");

    /** RFC 3986 §3.3-3.4: what a path or query may hold unencoded ({@code pchar / "/" / "?"}), or a %XX escape. */
    private static final Pattern URI_PART = Pattern.compile("(?:[A-Za-z0-9._~!$&'()*+,;=:@/?-]|%[0-9A-Fa-f]{2})*");

    /** The console's sign-in form (org.igkit.rest.console.session.SessionGate.SIGN_IN). */
    static final String CONSOLE_SIGN_IN = "/console/sign-in";

    private final ClientConnections connections;
    private final RateLimits limits;
    private final RateLimiter anonymous;
    private final RateLimiter failedAuthentication;
    private final long maxBodyBytes;
    private final String streamedPath;
    private final RepeatedLog refusals;
    private final Object lock = new Object();
    private int inFlight;
    private boolean draining;

    /**
     * A handler in front of {@code jersey}.
     *
     * @param streamedPath the one path whose body is streamed to Jersey rather than read first (the bulk import)
     */
    public EdgeHandler(Handler jersey, ClientConnections connections, RateLimits limits, long maxBodyBytes,
                       String streamedPath, Clock clock) {
        super(jersey);
        this.connections = Objects.requireNonNull(connections, "connections");
        this.limits = Objects.requireNonNull(limits, "limits");
        this.anonymous = RateLimiter.of(limits.anonymous(), clock);
        this.failedAuthentication = RateLimiter.of(limits.failedAuthentication(), clock);
        this.maxBodyBytes = maxBodyBytes;
        this.streamedPath = Objects.requireNonNull(streamedPath, "streamedPath");
        this.refusals = RepeatedLog.of(LOG, clock);
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        connections.headReceived(request.getConnectionMetaData().getConnection());
        String path = request.getHttpURI().getPath();
        synchronized (lock) {
            if (draining) {
                response.getHeaders().put(HttpHeader.CONNECTION, "close");
                return answer(response, callback, Problem.of(ProblemType.UNAVAILABLE, "the server is shutting down", path));
            }
        }
        String query = request.getHttpURI().getQuery();
        if (!URI_PART.matcher(path).matches() || (query != null && !URI_PART.matcher(query).matches())) {
            return answer(response, callback, ProblemErrorHandler.problemFor(400, null));
        }
        InetAddress client = ClientConnections.addressOf(request.getConnectionMetaData().getRemoteSocketAddress());
        // the console's sign-in form presents a key too: its refusals (401) count like a refused Authorization header
        boolean sendsKey = request.getHeaders().contains(HttpHeader.AUTHORIZATION)
                || (path.equals(CONSOLE_SIGN_IN) && HttpMethod.POST.is(request.getMethod()));
        Callback watched = callback;
        boolean hasBody = request.getLength() > 0 || request.getHeaders().contains(HttpHeader.TRANSFER_ENCODING);
        if (limits.enabled()) {
            OptionalLong wait = sendsKey ? failedAuthentication.peek(client) : anonymous.take(client);
            if (wait.isPresent()) {
                refusals.warn("429 to " + client.getHostAddress() + (sendsKey ? ": too many failed authentications"
                        : ": too many unauthenticated calls"));
                if (hasBody) {
                    response.getHeaders().put(HttpHeader.CONNECTION, "close");
                }
                return tooMany(response, callback, wait.getAsLong(), sendsKey, path);
            }
            if (sendsKey) {
                watched = new Callback.Nested(callback) {
                    @Override
                    public void succeeded() {
                        if (response.getStatus() == HttpStatus.UNAUTHORIZED_401) {
                            failedAuthentication.take(client);
                        }
                        super.succeeded();
                    }
                };
            }
        }
        if (!hasBody) {
            return dispatch(request, response, watched);
        }
        List<String> types = request.getHeaders().getValuesList(HttpHeader.CONTENT_TYPE);
        if (types.size() != 1 || !MEDIA_TYPE.matcher(types.get(0)).matches()) {
            // answered before the body is read: the connection cannot carry another request after it
            response.getHeaders().put(HttpHeader.CONNECTION, "close");
            String given = types.isEmpty() ? "none" : "'" + shorten(String.join("', '", types)) + "'";
            return answer(response, watched, new Problem("about:blank", HttpStatus.getMessage(415), 415,
                    "a body needs one Content-Type naming a single media type, e.g. 'application/json' (RFC 9110 "
                            + "§8.3); this request gave " + given, path, null, null, null));
        }
        if (path.equals(streamedPath) || path.equals(streamedPath + "/") || request.getLength() > maxBodyBytes) {
            // the import is streamed; a declared length over the limit is refused by Jersey's BodyLimitFilter unread
            return dispatch(request, response, watched);
        }
        read(request, response, watched, new ByteArrayOutputStream(Math.max(0, (int) Math.min(request.getLength(), 8192))));
        return true;
    }

    /** Reads what has arrived, asks to be called back for more, and hands the whole body to Jersey at its end. */
    private void read(Request request, Response response, Callback callback, ByteArrayOutputStream body) {
        while (true) {
            Content.Chunk chunk = request.read();
            if (chunk == null) {
                request.demand(() -> read(request, response, callback, body));
                return;
            }
            if (Content.Chunk.isFailure(chunk)) {
                // answered here rather than by Response.writeError, which logs a warning per request
                refusals.warn("408 to " + ClientConnections.addressOf(request.getConnectionMetaData()
                        .getRemoteSocketAddress()).getHostAddress() + ": the body stalled (ig.http.read-timeout)");
                response.getHeaders().put(HttpHeader.CONNECTION, "close");
                answer(response, callback, ProblemErrorHandler.problemFor(HttpStatus.REQUEST_TIMEOUT_408,
                        request.getHttpURI().getPath()));
                return;
            }
            ByteBuffer bytes = chunk.getByteBuffer();
            if (body.size() + (long) bytes.remaining() > maxBodyBytes) {
                chunk.release();
                response.getHeaders().put(HttpHeader.CONNECTION, "close");
                answer(response, callback, Problem.of(ProblemType.BODY_TOO_LARGE, "the body exceeds the limit of "
                        + maxBodyBytes + " bytes (ig.http.max-body-bytes)", request.getHttpURI().getPath()));
                return;
            }
            byte[] copy = new byte[bytes.remaining()];
            bytes.get(copy);
            body.write(copy, 0, copy.length);
            boolean last = chunk.isLast();
            chunk.release();
            if (last) {
                try {
                    dispatch(new ReadRequest(request, body.toByteArray()), response, callback);
                } catch (Exception e) {
                    callback.failed(e);
                }
                return;
            }
        }
    }

    private boolean dispatch(Request request, Response response, Callback callback) throws Exception {
        synchronized (lock) {
            inFlight++;
        }
        try {
            return super.handle(request, response, callback);
        } finally {
            synchronized (lock) {
                inFlight--;
                lock.notifyAll();
            }
        }
    }

    /**
     * Refuses new requests from now on (503) and waits up to {@code grace} for those Jersey is running to finish.
     *
     * @return the requests still running when the grace ran out (0 when all finished)
     */
    public int drain(Duration grace) {
        synchronized (lock) {
            draining = true;
            long deadline = System.nanoTime() + grace.toNanos();
            while (inFlight > 0) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    break;
                }
                try {
                    TimeUnit.NANOSECONDS.timedWait(lock, left);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    break;
                }
            }
            return inFlight;
        }
    }

    /** Writes the refusals still counted (at shutdown). */
    public void flushLog() {
        refusals.flush();
    }

    private static boolean tooMany(Response response, Callback callback, long seconds, boolean sendsKey, String path) {
        response.getHeaders().put(HttpHeader.RETRY_AFTER, Long.toString(seconds));
        String detail = sendsKey
                ? "too many failed authentications from this address; calls with a key are refused for " + seconds
                        + " s (ig.rate.failed-auth.*)"
                : "too many calls without a key from this address; retry after " + seconds
                        + " s, or send an API key (ig.rate.anonymous.*)";
        return answer(response, callback, Problem.of(ProblemType.TOO_MANY_REQUESTS, detail, path));
    }

    private static boolean answer(Response response, Callback callback, Problem problem) {
        byte[] body = ProblemErrorHandler.bytesOf(problem);
        response.setStatus(problem.status());
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, Problem.MEDIA_TYPE);
        response.getHeaders().put(HttpHeader.CONTENT_LENGTH, body.length);
        response.write(true, ByteBuffer.wrap(body), callback);
        return true;
    }

    private static String shorten(String text) {
        return text.length() <= 100 ? text : text.substring(0, 100) + "...";
    }

    /** The request with its body already read: Jersey reads it from memory, never waiting on the client. */
    private static final class ReadRequest extends Request.Wrapper {
        private Content.Chunk next;

        ReadRequest(Request request, byte[] body) {
            super(request);
            this.next = Content.Chunk.from(ByteBuffer.wrap(body), true);
        }

        @Override
        public synchronized Content.Chunk read() {
            Content.Chunk chunk = next;
            next = Content.Chunk.EOF;
            return chunk;
        }

        @Override
        public void demand(Runnable demandCallback) {
            demandCallback.run();
        }

        @Override
        public boolean consumeAvailable() {
            read();
            return true;
        }
    }
}
