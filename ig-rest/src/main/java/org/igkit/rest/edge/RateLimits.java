package org.igkit.rest.edge;

/**
 * The per-client token buckets.
 *
 * @param enabled              {@code ig.rate.enabled}: whether the buckets are applied at all
 * @param anonymous            {@code ig.rate.anonymous.*}: calls with no {@code Authorization} header (the open
 *                             calculators, {@code /health}, {@code /openapi.json}, and guarded calls without a key)
 * @param failedAuthentication {@code ig.rate.failed-auth.*}: answers of 401 to a call that sent a key; once empty,
 *                             every call from that address that sends a key is refused until the bucket refills
 */
public record RateLimits(boolean enabled, Bucket anonymous, Bucket failedAuthentication) {

    /**
     * One bucket's size and refill rate.
     *
     * @param burst     {@code .burst}: calls allowed at once, the bucket's capacity
     * @param perMinute {@code .per-minute}: tokens added back per minute, the sustained rate
     */
    public record Bucket(int burst, int perMinute) {
        public Bucket {
            if (burst < 1 || perMinute < 1) {
                throw new IllegalArgumentException("burst and per-minute must be at least 1");
            }
        }
    }
}
