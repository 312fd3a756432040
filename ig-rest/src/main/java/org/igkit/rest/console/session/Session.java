package org.igkit.rest.console.session;

import java.time.Instant;
import java.util.Objects;

import org.igkit.rest.auth.Caller;
import org.igkit.rest.console.Frame;

/**
 * A signed-in console session.
 *
 * @param id       the cookie's value: 256 random bits, never logged
 * @param caller   the key's fingerprint and roles (never the key)
 * @param csrf     the token every form of this session must send back
 * @param lastSeen when the session was last used, for the idle timeout
 */
public record Session(String id, Caller caller, String csrf, Instant lastSeen) {
    public Session {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(caller, "caller");
        Objects.requireNonNull(csrf, "csrf");
        Objects.requireNonNull(lastSeen, "lastSeen");
    }

    /** The same session, used at {@code now}. */
    public Session seenAt(Instant now) {
        return new Session(id, caller, csrf, now);
    }

    /** The session as the layout shows it. */
    public Frame.SignedIn signedIn() {
        return new Frame.SignedIn(caller.name(), String.join(", ",
                caller.roles().stream().map(Enum::name).sorted().toList()), csrf);
    }

    /** Not the id or the token: a session may be logged. */
    @Override
    public String toString() {
        return "Session[caller=" + caller.name() + ", lastSeen=" + lastSeen + "]";
    }
}
