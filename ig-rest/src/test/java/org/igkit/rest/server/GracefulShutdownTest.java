package org.igkit.rest.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.igkit.rest.fixture.GateResource;
import org.igkit.rest.fixture.RunningServer;
import org.igkit.rest.fixture.RunningServer.Reply;

class GracefulShutdownTest {

    @Test
    @DisplayName("Closing (as SIGTERM does) lets the request in flight finish and refuses new ones")
    void inFlightRequestsFinish() throws Exception {
        GateResource gate = new GateResource();
        RunningServer server = RunningServer.start(Map.of(), c -> c.register(gate));
        try {
            CompletableFuture<Reply> inFlight = CompletableFuture.supplyAsync(
                    () -> RunningServer.exchange(HttpRequest.newBuilder(server.uri("/test/gate")).build()));
            assertThat(gate.entered.await(30, TimeUnit.SECONDS)).isTrue();

            CompletableFuture<Void> closing = CompletableFuture.runAsync(server::close);
            Reply refused = awaitRefusal(server);
            assertThat(refused == null || refused.status() == 503).as(String.valueOf(refused)).isTrue();
            assertThat(closing).isNotDone();

            gate.release.countDown();
            Reply finished = inFlight.get(30, TimeUnit.SECONDS);
            assertThat(finished.status()).isEqualTo(200);
            assertThat(finished.body()).isEqualTo("\"passed\"");
            closing.get(30, TimeUnit.SECONDS);
        } finally {
            gate.release.countDown();
            server.close();
        }
    }

    /** A new request while draining: a 503, or (null) a refused connection once the listener is closed. */
    private static Reply awaitRefusal(RunningServer server) {
        for (int attempt = 0; attempt < 1000; attempt++) {
            try {
                Reply reply = server.send("GET", "/health", null);
                if (reply.status() == 503) {
                    return reply;
                }
                Thread.onSpinWait();
            } catch (RuntimeException connectionRefused) {
                return null;
            }
        }
        throw new AssertionError("the server kept answering while shutting down");
    }
}
