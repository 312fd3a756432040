package org.igkit.store.sqlite;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;

import org.igkit.store.jdbc.SqlDialect;
import org.jdbi.v3.core.Handle;

/** SQLite's spelling of what the shared adapters need said per database. */
final class SqliteDialect implements SqlDialect {
    static final SqliteDialect INSTANCE = new SqliteDialect();

    private SqliteDialect() {
    }

    /** Nothing to take: every write transaction here begins {@code IMMEDIATE} and holds the database's write lock. */
    @Override
    public void lockAuditChain(Handle handle) {
    }

    @Override
    public String insertUnlessPresent(String table, String columns, String values) {
        return "INSERT OR IGNORE INTO " + table + " (" + columns + ") VALUES " + values;
    }

    @Override
    public String lockingRowsRead() {
        return "";
    }

    @Override
    public LocalDate date(ResultSet rs, String column) throws SQLException {
        String text = rs.getString(column);
        return text == null ? null : LocalDate.parse(text);
    }
}
