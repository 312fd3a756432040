package org.igkit.examples.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Path;

import org.igkit.examples.Printed;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LineOfBusinessExampleTest {
    @TempDir
    static Path storage;
    private static InProcessServer server;

    @BeforeAll
    static void start() {
        server = InProcessServer.start(storage);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    @DisplayName("The three calculators over HTTP: FOIA s.1(3)/s.10 deadline, CFY + 6 years, a UK GDPR Art 33 deadline; a bad timeline is a 422 naming the event")
    void callsTheCalculators() {
        int[] status = new int[1];
        String printed = Printed.by(out -> status[0] = LineOfBusinessExample.run(out, server.uri(), null));

        assertThat(status[0]).isZero();
        assertThat(printed)
                .contains(": 200 UP")
                .contains("due 2024-11-07, at the latest 2024-12-06, status open")
                .contains("DUE since 2019-03-31, action SECURE_DESTROY, eligible now: true")
                .contains("risk HIGH_RISK, notify the ICO: true by 2024-04-01T17:00:00+01:00, tell the people affected: REQUIRED")
                .contains("A timeline with mistakes is refused: 422")
                .contains("events[0]")
                .contains("Set IG_API_KEY");
    }

    @Test
    @DisplayName("With a DPO key: a SAR recorded, an event added with If-Match, a stale ETag refused (412), the deadline restarted by the identity check")
    void usesTheRegisterWithAKey() {
        String printed = Printed.by(out -> LineOfBusinessExample.run(out, server.uri(), InProcessServer.DPO_KEY));

        assertThat(printed)
                .contains("Recorded SAR-2024-0042: 201, due 2024-10-03")
                .contains("The same update with the old ETag: 412")
                .contains("Identity received 10 September: due 2024-10-10, open");
    }

    @Test
    @DisplayName("The server runs as users start it: its store is the SQLite file named by ig.store.path")
    void storesInTheConfiguredSqliteFile() {
        assertThat(storage.resolve("igkit.db")).isRegularFile();
    }

    @Test
    @DisplayName("With no server running, it says how to start one")
    void saysHowToStartTheServer() throws IOException {
        int freePort;
        try (ServerSocket socket = new ServerSocket(0)) {
            freePort = socket.getLocalPort();
        }
        int[] status = new int[1];
        String printed = Printed.by(out -> status[0] = LineOfBusinessExample.run(out,
                URI.create("http://127.0.0.1:" + freePort + "/"), null));

        assertThat(status[0]).isEqualTo(1);
        assertThat(printed).contains("No igkit server answers").contains(LineOfBusinessExample.HOW_TO_START);
    }
}
