package org.igkit.rest.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.igkit.rest.fixture.RunningServer;

/** Refused sign-ins count against the failed-authentication bucket, like refused API keys (ig.rate.failed-auth.*). */
class SignInRateLimitTest {
    private static final String FORM = "application/x-www-form-urlencoded";

    @Test
    @DisplayName("after ig.rate.failed-auth.burst refused sign-ins the address is refused with 429, even with a right key")
    void failedSignInsAreLimited() {
        try (RunningServer server = RunningServer.start(Map.of("ig.rate.failed-auth.burst", "2",
                "ig.rate.failed-auth.per-minute", "1"))) {
            for (int i = 0; i < 2; i++) {
                assertThat(server.send("POST", "/console/sign-in", "key=wrong-key-0123456789", "Content-Type", FORM)
                        .status()).isEqualTo(401);
            }
            RunningServer.Reply limited = server.send("POST", "/console/sign-in", "key=" + RunningServer.READER,
                    "Content-Type", FORM);
            assertThat(limited.status()).isEqualTo(429);
            assertThat(limited.header("Retry-After")).isPresent();
            // the limit is on presenting keys: the public calculator still answers
            assertThat(server.send("GET", "/calculator", null).status()).isEqualTo(200);
        }
    }
}
