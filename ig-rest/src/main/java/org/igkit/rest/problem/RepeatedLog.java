package org.igkit.rest.problem;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

import org.slf4j.Logger;

/**
 * Logs each distinct message once, then counts its repeats and writes one summary line per {@link #WINDOW} instead
 * of a line (or a stack trace) per request: two hundred identical failures in a second are two lines, not 14 MB.
 * Messages are told apart by their text and, for failures, by the exception's type and the frame that threw it.
 * Time comes from the injected clock; {@link #flush()} writes the counts still pending (at shutdown).
 */
public final class RepeatedLog {
    /** How often a message that keeps repeating is summarised. */
    public static final Duration WINDOW = Duration.ofMinutes(1);
    /** Distinct messages tracked at once; past this the table is summarised and emptied. */
    static final int MAX_TRACKED = 1_000;

    private final Logger log;
    private final Clock clock;
    private final Map<String, Tally> seen = new ConcurrentHashMap<>();

    private RepeatedLog(Logger log, Clock clock) {
        this.log = Objects.requireNonNull(log, "log");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** A log writing through {@code log}, timed by {@code clock}. */
    public static RepeatedLog of(Logger log, Clock clock) {
        return new RepeatedLog(log, clock);
    }

    /** Logs {@code message} at WARN the first time, and counts it afterwards. */
    public void warn(String message) {
        if (first(message)) {
            log.warn(message);
        }
    }

    /** Logs {@code message} with {@code failure}'s stack trace at ERROR the first time, and counts it afterwards. */
    public void error(String message, Throwable failure) {
        if (first(keyOf(failure))) {
            log.error(message, failure);
        } else {
            log.debug(message);
        }
    }

    /** Writes a summary line for every message repeated since its last line. */
    public void flush() {
        seen.forEach((key, tally) -> tally.summarise(key, log, clock.millis(), true));
        seen.clear();
    }

    private boolean first(String key) {
        long now = clock.millis();
        if (seen.size() >= MAX_TRACKED && !seen.containsKey(key)) {
            flush();
        }
        Tally tally = seen.computeIfAbsent(key, k -> new Tally(now));
        return tally.count(key, log, now);
    }

    private static String keyOf(Throwable failure) {
        StackTraceElement[] frames = failure.getStackTrace();
        String where = frames.length == 0 ? "" : " at " + frames[0];
        return failure.getClass().getName() + ": " + failure.getMessage() + where;
    }

    /** Occurrences of one message since its last line. */
    private static final class Tally {
        private long since;
        private long repeats = -1;

        Tally(long now) {
            this.since = now;
        }

        /** Counts one occurrence; true when it is the first, which the caller logs in full. */
        synchronized boolean count(String key, Logger log, long now) {
            repeats++;
            if (repeats == 0) {
                return true;
            }
            summarise(key, log, now, false);
            return false;
        }

        synchronized void summarise(String key, Logger log, long now, boolean force) {
            if (repeats > 0 && (force || now - since >= WINDOW.toMillis())) {
                log.warn("repeated {} more time(s) in the last {} s: {}", repeats, Math.max(0, (now - since) / 1000), key);
                repeats = 0;
                since = now;
            }
        }
    }
}
