package org.igkit.rest.edge;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.igkit.rest.fixture.MutableClock;

class RateLimiterTest {
    private final MutableClock clock = new MutableClock(Instant.parse("2026-01-01T00:00:00Z"));
    private final InetAddress alice = InetAddress.getLoopbackAddress();

    @Test
    @DisplayName("A bucket of 10 refilling 6 a minute: 10 at once, then one every 10 seconds")
    void refillsAtTheConfiguredRate() throws Exception {
        RateLimiter limiter = RateLimiter.of(new RateLimits.Bucket(10, 6), clock);
        for (int call = 0; call < 10; call++) {
            assertThat(limiter.take(alice)).isEmpty();
        }
        assertThat(limiter.take(alice)).hasValue(10);
        clock.advance(Duration.ofSeconds(4));
        assertThat(limiter.take(alice)).hasValue(6);
        clock.advance(Duration.ofSeconds(6));
        assertThat(limiter.take(alice)).isEmpty();
        assertThat(limiter.take(alice)).hasValue(10);
        assertThat(limiter.take(InetAddress.getByName("127.0.0.2"))).as("another client has its own bucket").isEmpty();
    }

    @Test
    @DisplayName("A bucket never holds more than its burst, however long it waits")
    void neverFillsPastTheBurst() {
        RateLimiter limiter = RateLimiter.of(new RateLimits.Bucket(2, 600), clock);
        limiter.take(alice);
        clock.advance(Duration.ofDays(3));
        assertThat(limiter.take(alice)).isEmpty();
        assertThat(limiter.take(alice)).isEmpty();
        assertThat(limiter.take(alice)).isPresent();
    }
}
