package org.igkit.store.jdbc;

import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.HandleCallback;

/**
 * The write transaction (unit of work) each thread has open on one database, so that the {@link Transactions}
 * of that database can join it instead of opening another. One per database: a unit open on one store is not
 * joined by another store's adapters.
 */
public final class OpenUnits {
    private final ThreadLocal<Handle> open = new ThreadLocal<>();

    /** The handle of the unit this thread has open, or null when none is. */
    public Handle current() {
        return open.get();
    }

    /**
     * Runs {@code work} as this thread's open unit on {@code handle} (already in its transaction): every
     * {@link Transactions} call of this database on this thread until it returns joins {@code handle}.
     */
    public <R> R openOn(Handle handle, HandleCallback<R, RuntimeException> work) {
        open.set(handle);
        try {
            return work.withHandle(handle);
        } finally {
            open.remove();
        }
    }
}
