package org.igkit.store.postgres;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;

import org.igkit.store.jdbc.SqlDialect;
import org.jdbi.v3.core.Handle;

/** PostgreSQL's spelling of what the shared adapters need said per database. */
final class PostgresDialect implements SqlDialect {
    /** The advisory lock key of the audit chain: any bigint, the same in every process ("igkit-au" in ASCII). */
    static final long CHAIN_LOCK = 0x69676b69742d6175L;
    static final PostgresDialect INSTANCE = new PostgresDialect();

    private PostgresDialect() {
    }

    /**
     * Takes the chain's transaction-level advisory lock: appenders on every connection of every process queue on
     * it, and commit or rollback releases it, so a crashed appender never leaves it held.
     */
    @Override
    public void lockAuditChain(Handle handle) {
        handle.createQuery("SELECT 1 FROM pg_advisory_xact_lock(:key)").bind("key", CHAIN_LOCK)
                .mapTo(Integer.class).one();
    }

    @Override
    public String insertUnlessPresent(String table, String columns, String values) {
        return "INSERT INTO " + table + " (" + columns + ") VALUES " + values + " ON CONFLICT DO NOTHING";
    }

    @Override
    public String lockingRowsRead() {
        return " FOR UPDATE";
    }

    @Override
    public LocalDate date(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, LocalDate.class);
    }
}
