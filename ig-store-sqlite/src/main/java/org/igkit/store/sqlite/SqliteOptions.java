package org.igkit.store.sqlite;

import java.time.Clock;
import java.time.Duration;
import java.util.Objects;

import org.igkit.core.audit.AuditSealing;
import org.igkit.core.error.ValidationException;

/**
 * How {@link SqliteStore} uses its database.
 *
 * @param readerConnections how many connections serve reads beside the one writer, 1 to 64 (WAL lets them all
 *                          read while the writer writes)
 * @param busyTimeout       how long SQLite itself waits for a lock another connection or process holds
 * @param retryAttempts     how many times a transaction that still met {@code SQLITE_BUSY} runs at most, 1 to 100
 * @param retryBackoff      the longest pause before the first retry; it doubles on each retry
 * @param maxRetryBackoff   the longest pause between any two attempts
 * @param clock             the clock of the store's own records (when an import batch committed)
 * @param auditSealing      the audit log's key and checkpoint interval; {@link AuditSealing#none()} by default
 */
public record SqliteOptions(int readerConnections, Duration busyTimeout, int retryAttempts, Duration retryBackoff,
                            Duration maxRetryBackoff, Clock clock, AuditSealing auditSealing) {

    public SqliteOptions {
        ValidationException.Collector problems = ValidationException.collector();
        problems.require(readerConnections >= 1 && readerConnections <= 64, "readerConnections",
                "must be between 1 and 64", readerConnections);
        problems.require(busyTimeout != null && !busyTimeout.isNegative() && busyTimeout.toMillis() <= Integer.MAX_VALUE,
                "busyTimeout", "must be zero or positive", busyTimeout);
        problems.require(retryAttempts >= 1 && retryAttempts <= 100, "retryAttempts", "must be between 1 and 100",
                retryAttempts);
        problems.require(retryBackoff != null && !retryBackoff.isNegative(), "retryBackoff", "must be zero or positive",
                retryBackoff);
        problems.require(maxRetryBackoff != null && retryBackoff != null && maxRetryBackoff.compareTo(retryBackoff) >= 0,
                "maxRetryBackoff", "must not be shorter than retryBackoff", maxRetryBackoff);
        problems.throwIfAny();
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(auditSealing, "auditSealing");
    }

    /** The options of a store without an audit key (as before audit logs were sealed). */
    public SqliteOptions(int readerConnections, Duration busyTimeout, int retryAttempts, Duration retryBackoff,
                         Duration maxRetryBackoff, Clock clock) {
        this(readerConnections, busyTimeout, retryAttempts, retryBackoff, maxRetryBackoff, clock, AuditSealing.none());
    }

    /**
     * Four readers, a 5 s busy timeout, and up to 10 attempts pausing 5 ms doubling to 500 ms: a small pool
     * suits SQLite (one writer at a time; a bigger pool only queues writers) and the retries ride out a
     * checkpoint or another process's long write before giving up.
     */
    public static SqliteOptions defaults() {
        return new SqliteOptions(4, Duration.ofSeconds(5), 10, Duration.ofMillis(5), Duration.ofMillis(500),
                Clock.systemUTC());
    }

    /** A copy with {@code connections} reader connections. */
    public SqliteOptions withReaderConnections(int connections) {
        return new SqliteOptions(connections, busyTimeout, retryAttempts, retryBackoff, maxRetryBackoff, clock,
                auditSealing);
    }

    /** A copy with another busy timeout. */
    public SqliteOptions withBusyTimeout(Duration timeout) {
        return new SqliteOptions(readerConnections, timeout, retryAttempts, retryBackoff, maxRetryBackoff, clock,
                auditSealing);
    }

    /** A copy with another retry policy. */
    public SqliteOptions withRetry(int attempts, Duration firstBackoff, Duration maxBackoff) {
        return new SqliteOptions(readerConnections, busyTimeout, attempts, firstBackoff, maxBackoff, clock,
                auditSealing);
    }

    /** A copy with another clock. */
    public SqliteOptions withClock(Clock storeClock) {
        return new SqliteOptions(readerConnections, busyTimeout, retryAttempts, retryBackoff, maxRetryBackoff,
                storeClock, auditSealing);
    }

    /** A copy whose audit log seals entries and signs checkpoints as {@code sealing} says. */
    public SqliteOptions withAuditSealing(AuditSealing sealing) {
        return new SqliteOptions(readerConnections, busyTimeout, retryAttempts, retryBackoff, maxRetryBackoff, clock,
                sealing);
    }
}
