package org.igkit.store.jdbc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;

import org.jdbi.v3.core.Handle;

/**
 * What the shared adapters need said differently to each database. Everything else they write is SQL both
 * SQLite and PostgreSQL accept, with instants bound as fixed-width ISO-8601 text so that text order is time order.
 */
public interface SqlDialect {
    /**
     * Called first in every transaction that extends the audit chain, so that appenders on every connection of
     * every process that shares the database queue and form one chain without forks. SQLite needs nothing here:
     * its write transactions begin {@code IMMEDIATE} and so already hold the only write lock.
     */
    void lockAuditChain(Handle handle);

    /**
     * {@code INSERT INTO table (columns) VALUES values} that inserts nothing, without failing, when a row with the
     * same key is already there.
     */
    String insertUnlessPresent(String table, String columns, String values);

    /**
     * What a {@code SELECT} inside a write transaction ends with to keep the rows it read from changing until commit:
     * {@code " FOR UPDATE"} in PostgreSQL; nothing in SQLite, whose {@code IMMEDIATE} write transaction already
     * keeps every other writer out.
     */
    String lockingRowsRead();

    /** The calendar date in {@code column}, or null: SQLite keeps dates as ISO-8601 text, PostgreSQL as {@code DATE}. */
    LocalDate date(ResultSet rs, String column) throws SQLException;
}
