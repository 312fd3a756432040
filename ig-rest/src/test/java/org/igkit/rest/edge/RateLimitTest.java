package org.igkit.rest.edge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.igkit.rest.fixture.ProblemAssert.assertThatProblem;

import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.igkit.rest.fixture.MutableClock;
import org.igkit.rest.fixture.RunningServer;
import org.igkit.rest.fixture.RunningServer.Reply;

/**
 * Issue 20, defect 5: the open calculators took 40,000 calls without a key at 2,365/s and 10,000 wrong-key guesses
 * at 5,700/s. Each client address now has a token bucket for calls without a key and one for failed
 * authentications; the clock is the test's, moved by hand.
 */
class RateLimitTest {
    private static final String DEADLINE = "{\"regime\":\"FOIA\",\"nation\":\"ENGLAND\",\"received\":\"2024-10-02\"}";
    private final MutableClock clock = new MutableClock(RunningServer.NOW);
    private RunningServer server;

    @BeforeEach
    void start() {
        server = RunningServer.start(Map.of(
                "ig.rate.anonymous.burst", "3", "ig.rate.anonymous.per-minute", "60",
                "ig.rate.failed-auth.burst", "2", "ig.rate.failed-auth.per-minute", "6"), clock, c -> { });
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private Reply calculate() {
        return server.send("POST", "/v1/deadlines", DEADLINE, "Content-Type", "application/json");
    }

    private Reply withKey(String key) {
        return server.send("GET", "/v1/records", null, "Authorization", "Bearer " + key);
    }

    @Test
    @DisplayName("Calls without a key: the burst is served, the next is 429 with Retry-After, and a token comes back "
            + "with time")
    void anonymousCallsSpendTheBucket() {
        for (int call = 0; call < 3; call++) {
            assertThat(calculate().status()).isEqualTo(200);
        }
        Reply refused = calculate();
        assertThatProblem(refused).hasStatus(429).hasType("too-many-requests").detailContains("ig.rate.anonymous");
        assertThat(refused.header("Retry-After")).hasValue("1");

        clock.advance(Duration.ofSeconds(1));
        assertThat(calculate().status()).isEqualTo(200);
        assertThat(calculate().status()).isEqualTo(429);
    }

    @Test
    @DisplayName("A caller with a valid key is not limited by the anonymous bucket")
    void keyHoldersAreNotLimited() {
        for (int call = 0; call < 4; call++) {
            calculate();
        }
        assertThat(calculate().status()).isEqualTo(429);
        for (int call = 0; call < 20; call++) {
            assertThat(withKey(RunningServer.READER).status()).isEqualTo(200);
        }
    }

    @Test
    @DisplayName("Failed authentications: after the burst of wrong keys every call with a key is 429 (a lockout), "
            + "until the bucket refills")
    void wrongKeysLockTheAddressOut() {
        assertThat(withKey("guess-number-one-000").status()).isEqualTo(401);
        assertThat(withKey("guess-number-two-000").status()).isEqualTo(401);
        Reply locked = withKey("guess-number-three-0");
        assertThatProblem(locked).hasStatus(429).detailContains("failed authentications");
        assertThat(locked.header("Retry-After")).hasValue("10");
        assertThat(withKey(RunningServer.READER).status()).as("a right key is refused too while locked out")
                .isEqualTo(429);

        clock.advance(Duration.ofSeconds(10));
        assertThat(withKey(RunningServer.READER).status()).isEqualTo(200);
        assertThat(withKey("guess-number-four-00").status()).isEqualTo(401);
        assertThat(withKey(RunningServer.READER).status()).isEqualTo(429);
    }

    @Test
    @DisplayName("ig.rate.enabled=false turns both buckets off")
    void theLimitCanBeTurnedOff() {
        try (RunningServer open = RunningServer.start(Map.of("ig.rate.enabled", "false",
                "ig.rate.anonymous.burst", "1", "ig.rate.failed-auth.burst", "1"), clock, c -> { })) {
            for (int call = 0; call < 5; call++) {
                assertThat(open.send("POST", "/v1/deadlines", DEADLINE, "Content-Type", "application/json").status())
                        .isEqualTo(200);
                assertThat(open.send("GET", "/v1/records", null, "Authorization", "Bearer wrong-key-00000000").status())
                        .isEqualTo(401);
            }
        }
    }
}
