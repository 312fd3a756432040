package org.igkit.store.sqlite.internal;

import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.ThreadLocalRandom;

import org.igkit.core.error.ValidationException;

/**
 * How often and how patiently a transaction that met {@code SQLITE_BUSY} is tried again before the caller gets an
 * error. The backoff doubles from {@code initialBackoff} up to {@code maxBackoff}, with full jitter so that
 * threads which collided once do not collide again in step.
 *
 * @param maxAttempts    how many times a transaction runs at most, 1 or more (1 means no retry)
 * @param initialBackoff the longest pause before the second attempt
 * @param maxBackoff     the longest pause between any two attempts
 */
public record RetryPolicy(int maxAttempts, Duration initialBackoff, Duration maxBackoff) {

    public RetryPolicy {
        ValidationException.Collector problems = ValidationException.collector();
        problems.require(maxAttempts >= 1, "maxAttempts", "must be 1 or more", maxAttempts);
        problems.require(initialBackoff != null && !initialBackoff.isNegative(), "initialBackoff",
                "must be zero or positive", initialBackoff);
        problems.require(maxBackoff != null && !maxBackoff.isNegative(), "maxBackoff", "must be zero or positive",
                maxBackoff);
        problems.throwIfAny();
        Objects.requireNonNull(initialBackoff);
        if (maxBackoff.compareTo(initialBackoff) < 0) {
            throw new ValidationException("maxBackoff", "must not be shorter than initialBackoff (" + initialBackoff + ")",
                    maxBackoff);
        }
    }

    /**
     * Ten attempts, pausing up to 5 ms then doubling to at most 500 ms: on top of the connection's busy timeout
     * this rides out a checkpoint or another process's long write, and gives up within a few seconds.
     */
    public static RetryPolicy standard() {
        return new RetryPolicy(10, Duration.ofMillis(5), Duration.ofMillis(500));
    }

    /** A random pause before attempt {@code attempt} (2 for the first retry), up to the doubled backoff. */
    Duration pauseBefore(int attempt) {
        long ceilingNanos = initialBackoff.toNanos();
        for (int i = 2; i < attempt && ceilingNanos < maxBackoff.toNanos(); i++) {
            ceilingNanos *= 2;
        }
        ceilingNanos = Math.min(ceilingNanos, maxBackoff.toNanos());
        return Duration.ofNanos(ceilingNanos == 0 ? 0 : ThreadLocalRandom.current().nextLong(ceilingNanos + 1));
    }
}
