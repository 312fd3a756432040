package org.igkit.rest.server;

import java.net.BindException;
import java.util.stream.Collectors;

import org.igkit.core.error.IgException;
import org.igkit.core.error.ValidationException;

/**
 * The one line the server prints when it cannot start, saying what is wrong and how to put it right. A stack trace
 * of 20 lines says neither to someone running the jar for the first time.
 */
final class StartFailures {
    private static final String PREFIX = "igkit cannot start: ";

    private StartFailures() {
    }

    /** Every refused setting, each with what it must be, on one line. */
    static String refusedSettings(ValidationException refused) {
        return PREFIX + "the configuration is refused: " + refused.violations().stream().map(Object::toString)
                .collect(Collectors.joining("; "));
    }

    /** The store named by {@code settings} could not be opened; the advice depends on which store it is. */
    static String storeUnopenable(ServerSettings settings, IgException cause) {
        ServerSettings.StoreSettings store = settings.store();
        if (store.kind() == ServerSettings.StoreKind.POSTGRES) {
            return PREFIX + "its store could not be opened (ig.store.kind=postgres, ig.store.url=" + store.url()
                    + ", ig.store.user=" + store.user() + "). " + cause.getMessage() + ". Check that the database "
                    + "server is running and reachable from this host, that ig.store.url, ig.store.user and the "
                    + "password (IG_STORE_PASSWORD) are right, and that this igkit is at least as new as the one that "
                    + "last migrated the database.";
        }
        return PREFIX + "its SQLite store " + settings.storePath().toAbsolutePath() + " could not be opened ("
                + cause.getMessage() + "). Check that its directory exists and this user may write there, or point "
                + "ig.store.path (-Dig.store.path=... or IG_STORE_PATH) at a file in one that does; a file that is "
                + "not an igkit database, or one migrated by a newer igkit, is refused too.";
    }

    /** The listening socket could not be bound: usually the port is taken. */
    static String cannotListen(ServerSettings settings, Throwable cause) {
        String where = settings.host() + ":" + settings.port();
        BindException bind = bindCause(cause);
        if (bind != null && String.valueOf(bind.getMessage()).contains("in use")) {
            return PREFIX + where + " is already in use (another igkit, or another program, listens there); stop "
                    + "it, or choose another port with -Dig.http.port=8081 or IG_HTTP_PORT=8081 (0 picks a free one).";
        }
        String reason = bind != null ? bind.getMessage() : String.valueOf(cause.getMessage());
        return PREFIX + "it cannot listen on " + where + " (" + reason + "); check that ig.http.host is an "
                + "address of this machine (127.0.0.1, or 0.0.0.0 for all) and that ig.http.port is free and one this "
                + "user may open (ports below 1024 need privileges).";
    }

    private static BindException bindCause(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof BindException bind) {
                return bind;
            }
        }
        return null;
    }
}
