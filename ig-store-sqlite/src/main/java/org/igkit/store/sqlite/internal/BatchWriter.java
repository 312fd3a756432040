package org.igkit.store.sqlite.internal;

import java.sql.SQLException;
import java.util.List;

import org.jdbi.v3.core.Handle;

/**
 * Writes one batch of an import inside the transaction {@link BatchImport} opened. It must add only rows that are
 * not stored yet (e.g. {@code INSERT ... ON CONFLICT DO NOTHING}), so that an import run twice adds nothing.
 *
 * @param <T> the row type
 */
@FunctionalInterface
public interface BatchWriter<T> {
    /**
     * Writes {@code batch} and returns how many rows were new. A writer may use the handle's JDBC connection
     * directly (a plain {@code PreparedStatement} batch is several times faster than binding through Jdbi).
     */
    int write(Handle handle, List<T> batch) throws SQLException;
}
