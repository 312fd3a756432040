package org.igkit.rest.edge;

import java.net.InetAddress;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One token bucket per client address, timed by the injected {@link Clock}. A call takes one token; an empty bucket
 * refuses the call and says how long until the next token. Buckets that have refilled completely are forgotten, so
 * the table holds only the clients that are spending, however many addresses call.
 */
public final class RateLimiter {
    /** Past this many buckets the full ones are swept out before another is added. */
    static final int SWEEP_AT = 10_000;

    private final RateLimits.Bucket shape;
    private final Clock clock;
    private final Map<InetAddress, Bucket> buckets = new ConcurrentHashMap<>();

    private RateLimiter(RateLimits.Bucket shape, Clock clock) {
        this.shape = Objects.requireNonNull(shape, "shape");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** A limiter whose buckets have {@code shape}. */
    public static RateLimiter of(RateLimits.Bucket shape, Clock clock) {
        return new RateLimiter(shape, clock);
    }

    /**
     * Takes a token from {@code client}'s bucket.
     *
     * @return empty when the call may go ahead, else how long until a token is back (at least one second, as
     *         {@code Retry-After} counts whole seconds)
     */
    public OptionalLong take(InetAddress client) {
        long now = clock.millis();
        if (buckets.size() >= SWEEP_AT) {
            buckets.values().removeIf(b -> b.isFullAt(now));
        }
        return buckets.computeIfAbsent(client, c -> new Bucket(shape, now)).take(now);
    }

    /** Whether {@code client}'s bucket has a token now, without taking it. */
    public OptionalLong peek(InetAddress client) {
        Bucket bucket = buckets.get(client);
        return bucket == null ? OptionalLong.empty() : bucket.peek(clock.millis());
    }

    /** Tokens are kept in thousandths, refilled lazily when the bucket is next used. */
    private static final class Bucket {
        private static final long MILLI = 1_000;
        private final long capacity;
        private final long perMinute;
        private long tokens;
        private long at;

        Bucket(RateLimits.Bucket shape, long now) {
            this.capacity = shape.burst() * MILLI;
            this.perMinute = shape.perMinute();
            this.tokens = capacity;
            this.at = now;
        }

        synchronized OptionalLong take(long now) {
            refill(now);
            if (tokens >= MILLI) {
                tokens -= MILLI;
                return OptionalLong.empty();
            }
            return OptionalLong.of(waitSeconds());
        }

        synchronized OptionalLong peek(long now) {
            refill(now);
            return tokens >= MILLI ? OptionalLong.empty() : OptionalLong.of(waitSeconds());
        }

        synchronized boolean isFullAt(long now) {
            refill(now);
            return tokens >= capacity;
        }

        private void refill(long now) {
            long elapsed = now - at;
            if (elapsed <= 0) {
                return;
            }
            // thousandths of a token per millisecond = perMinute * 1000 / 60_000
            long added = elapsed * perMinute / 60;
            if (added > 0) {
                tokens = Math.min(capacity, tokens + added);
                at = tokens == capacity ? now : at + added * 60 / perMinute;
            }
        }

        private long waitSeconds() {
            long missing = MILLI - tokens;
            long millis = Math.max(1, missing * 60 / perMinute);
            return Math.max(1, Duration.ofMillis(millis).plusMillis(999).toSeconds());
        }
    }
}
