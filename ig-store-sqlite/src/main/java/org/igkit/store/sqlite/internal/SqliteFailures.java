package org.igkit.store.sqlite.internal;

import java.sql.SQLTransientConnectionException;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

import org.igkit.core.error.IgException;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

/**
 * Reads what went wrong out of a driver or Jdbi exception, so that nothing but igkit's own exceptions crosses a
 * port. The original exception stays attached as the cause, for logs; callers never need its type.
 */
public final class SqliteFailures {
    private static final Set<SQLiteErrorCode> BUSY = EnumSet.of(
            SQLiteErrorCode.SQLITE_BUSY, SQLiteErrorCode.SQLITE_BUSY_RECOVERY, SQLiteErrorCode.SQLITE_BUSY_SNAPSHOT,
            SQLiteErrorCode.SQLITE_BUSY_TIMEOUT, SQLiteErrorCode.SQLITE_LOCKED, SQLiteErrorCode.SQLITE_LOCKED_SHAREDCACHE);
    private static final Set<SQLiteErrorCode> UNIQUE = EnumSet.of(
            SQLiteErrorCode.SQLITE_CONSTRAINT_PRIMARYKEY, SQLiteErrorCode.SQLITE_CONSTRAINT_UNIQUE);

    private SqliteFailures() {
    }

    /** The SQLite result code somewhere in {@code failure}'s cause chain, if there is one. */
    public static Optional<SQLiteErrorCode> codeOf(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof SQLiteException) {
                return Optional.of(((SQLiteException) t).getResultCode());
            }
        }
        return Optional.empty();
    }

    /** True when another connection held the lock: worth trying again after a pause. */
    public static boolean isBusy(Throwable failure) {
        return codeOf(failure).map(BUSY::contains).orElse(false);
    }

    /** True when a primary key or unique index refused a second row with the same key. */
    public static boolean isUniqueViolation(Throwable failure) {
        return codeOf(failure).map(UNIQUE::contains).orElse(false);
    }

    /** True when the pool had no connection to give within its timeout. */
    static boolean isPoolExhausted(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof SQLTransientConnectionException) {
                return true;
            }
        }
        return false;
    }

    /** An igkit exception saying in words what failed; {@code failure} is kept as the cause. */
    public static IgException translate(String doing, Throwable failure) {
        if (failure instanceof IgException) {
            return (IgException) failure;
        }
        String detail = codeOf(failure)
                .map(code -> code.name() + " (" + code.message + ")")
                .orElseGet(() -> isPoolExhausted(failure)
                        ? "no database connection became free in time"
                        : failure.getClass().getSimpleName() + ": " + failure.getMessage());
        return new IgException("the SQLite store failed while " + doing + ": " + detail, failure);
    }
}
