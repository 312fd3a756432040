package org.igkit.rest.console.session;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.igkit.rest.auth.Caller;

/**
 * The console's sessions, in this server's memory: a restart signs everyone out, and several servers behind one
 * address need sticky routing (docs/console.md). A session unused for {@code idleTimeout}, by the injected clock,
 * has ended; it is forgotten when next looked up or when anyone signs in.
 */
public final class ConsoleSessions {
    private static final int TOKEN_BYTES = 32;

    private final Map<String, Session> sessions = new ConcurrentHashMap<>();
    private final SecureRandom random = new SecureRandom();
    private final Clock clock;
    private final Duration idleTimeout;

    private ConsoleSessions(Clock clock, Duration idleTimeout) {
        this.clock = Objects.requireNonNull(clock, "clock");
        this.idleTimeout = Objects.requireNonNull(idleTimeout, "idleTimeout");
    }

    /** Sessions that end after {@code idleTimeout} without use, timed by {@code clock}. */
    public static ConsoleSessions of(Clock clock, Duration idleTimeout) {
        if (idleTimeout.isNegative() || idleTimeout.isZero()) {
            throw new IllegalArgumentException("idleTimeout must be positive");
        }
        return new ConsoleSessions(clock, idleTimeout);
    }

    /** The idle timeout ({@code ig.console.idle-timeout}). */
    public Duration idleTimeout() {
        return idleTimeout;
    }

    /** A new session for {@code caller}, with a new id and CSRF token (never one from before the sign-in). */
    public Session open(Caller caller) {
        Instant now = clock.instant();
        sessions.values().removeIf(s -> expired(s, now));
        Session session = new Session(token(), caller, token(), now);
        sessions.put(session.id(), session);
        return session;
    }

    /** The live session {@code id} names, marked as used now; empty when unknown or idle too long. */
    public Optional<Session> find(String id) {
        if (id == null || id.isEmpty()) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        Session found = sessions.get(id);
        if (found == null) {
            return Optional.empty();
        }
        if (expired(found, now)) {
            sessions.remove(id, found);
            return Optional.empty();
        }
        Session used = found.seenAt(now);
        sessions.replace(id, found, used);
        return Optional.of(used);
    }

    /** Ends session {@code id} (signing out); nothing happens for an unknown id. */
    public void close(String id) {
        if (id != null) {
            sessions.remove(id);
        }
    }

    private boolean expired(Session session, Instant now) {
        return !session.lastSeen().plus(idleTimeout).isAfter(now);
    }

    private String token() {
        byte[] bytes = new byte[TOKEN_BYTES];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
