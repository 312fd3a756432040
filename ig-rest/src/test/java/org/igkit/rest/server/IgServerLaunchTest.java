package org.igkit.rest.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.time.Clock;
import java.util.Map;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** What the server's main does before it would exit: refused settings and an unreachable store end in status 2. */
class IgServerLaunchTest {
    private static final String PASSWORD = "correct-horse-battery";

    @Test
    @DisplayName("Refused settings: status 2 and every refused key named")
    void refusedSettings() {
        IgServer.Launch launch = IgServer.launch(IgServer.configuration(Map.of("ig.http.port", "eighty",
                "ig.store.kind", "oracle")), Clock.systemUTC());

        assertThat(launch).isInstanceOfSatisfying(IgServer.Launch.Refused.class, refused -> {
            assertThat(refused.status()).isEqualTo(2);
            assertThat(refused.message()).startsWith("igkit cannot start: the configuration is refused")
                    .contains("ig.http.port").contains("ig.store.kind");
        });
    }

    @Test
    @DisplayName("A PostgreSQL server that is not there: status 2 and one paragraph naming the URL, never the password")
    void unreachableDatabase() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        String url = "jdbc:postgresql://127.0.0.1:" + closedPort + "/igkit";

        IgServer.Launch launch = IgServer.launch(IgServer.configuration(Map.of("ig.http.port", "0",
                "ig.store.kind", "postgres", "ig.store.url", url, "ig.store.user", "igkit",
                "ig.store.password", PASSWORD)), Clock.systemUTC());

        assertThat(launch).isInstanceOfSatisfying(IgServer.Launch.Refused.class, refused -> {
            assertThat(refused.status()).isEqualTo(2);
            assertThat(refused.message()).startsWith("igkit cannot start: its store could not be opened")
                    .contains(url).contains("IG_STORE_PASSWORD").doesNotContain(PASSWORD)
                    .doesNotContain("\n");
        });
    }
}
