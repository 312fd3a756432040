package org.igkit.store.jdbc;

import org.jdbi.v3.core.HandleCallback;

/**
 * Runs database work in one transaction, the way a store's database does it: which connections, which isolation,
 * what is retried. Whatever the driver or Jdbi throws comes out as an {@link org.igkit.core.error.IgException}
 * (an {@code IgException} thrown by the work passes unchanged), so no adapter exception crosses a port.
 */
public interface Transactions {
    /**
     * Runs {@code work} in a write transaction, committed when it returns and rolled back when it throws. It may be
     * run more than once (a busy database, a serialization failure), so it must have no effect outside the
     * database.
     *
     * @param doing what the work does, in words that complete "failed while ..."
     */
    <R> R write(String doing, HandleCallback<R, RuntimeException> work);

    /** Runs {@code work} on one consistent snapshot of the database; {@code doing} as for {@link #write}. */
    <R> R read(String doing, HandleCallback<R, RuntimeException> work);
}
