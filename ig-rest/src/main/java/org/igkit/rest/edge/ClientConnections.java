package org.igkit.rest.edge;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.time.Clock;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

import org.eclipse.jetty.io.Connection;
import org.eclipse.jetty.util.thread.Scheduler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.igkit.rest.problem.RepeatedLog;

/**
 * Counts the open connections of each client address and closes those past {@link ConnectionLimits#connectionsPerClient()}
 * as soon as they open, and closes a connection that has not delivered its first request head within
 * {@link ConnectionLimits#headerTimeout()} (the read timeout alone would let a client drip one byte at a time).
 * Registered as a bean on the connector, so every connection it accepts reports here.
 */
public final class ClientConnections implements Connection.Listener {
    private static final Logger LOG = LoggerFactory.getLogger(ClientConnections.class);

    private final ConnectionLimits limits;
    private final Scheduler scheduler;
    private final RepeatedLog refusals;
    private final Map<InetAddress, Integer> open = new ConcurrentHashMap<>();
    /** Each open connection's client (read once: a closed socket no longer knows its peer), */
    private final Map<Connection, InetAddress> clients = new ConcurrentHashMap<>();
    /** and those that have not yet delivered a request head. */
    private final Map<Connection, Boolean> awaitingHead = new ConcurrentHashMap<>();

    public ClientConnections(ConnectionLimits limits, Scheduler scheduler, Clock clock) {
        this.limits = Objects.requireNonNull(limits, "limits");
        this.scheduler = Objects.requireNonNull(scheduler, "scheduler");
        this.refusals = RepeatedLog.of(LOG, clock);
    }

    @Override
    public void onOpened(Connection connection) {
        InetAddress client = addressOf(connection.getEndPoint().getRemoteSocketAddress());
        clients.put(connection, client);
        int count = open.merge(client, 1, Integer::sum);
        if (count > limits.connectionsPerClient()) {
            refusals.warn("connection refused: " + client.getHostAddress() + " already holds "
                    + limits.connectionsPerClient() + " connections (ig.http.connections-per-client)");
            connection.getEndPoint().close();
            return;
        }
        awaitingHead.put(connection, Boolean.TRUE);
        scheduler.schedule(() -> {
            if (awaitingHead.remove(connection) != null) {
                refusals.warn("connection closed: " + client.getHostAddress()
                        + " sent no complete request head in time (ig.http.header-timeout)");
                connection.getEndPoint().close();
            }
        }, limits.headerTimeout().toMillis(), TimeUnit.MILLISECONDS);
    }

    @Override
    public void onClosed(Connection connection) {
        awaitingHead.remove(connection);
        InetAddress client = clients.remove(connection);
        if (client == null) {
            return;
        }
        open.computeIfPresent(client, (address, count) -> count <= 1 ? null : count - 1);
    }

    /** A request head has arrived complete on {@code connection}: its header deadline no longer applies. */
    void headReceived(Connection connection) {
        awaitingHead.remove(connection);
    }

    /** Writes the refusals still counted (at shutdown). */
    public void flushLog() {
        refusals.flush();
    }

    /** Connections open now from {@code client}. */
    int openFrom(InetAddress client) {
        return open.getOrDefault(client, 0);
    }

    static InetAddress addressOf(SocketAddress remote) {
        if (remote instanceof InetSocketAddress inet && inet.getAddress() != null) {
            return inet.getAddress();
        }
        return InetAddress.getLoopbackAddress();
    }
}
