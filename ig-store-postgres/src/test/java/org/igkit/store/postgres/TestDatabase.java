package org.igkit.store.postgres;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import org.igkit.core.audit.AuditSealing;

/** A fresh database of a test on the embedded server, reached behind the store's back for tampering and checks. */
final class TestDatabase {
    static final String USER = "postgres";
    static final String PASSWORD = "postgres";
    private final String url;

    private TestDatabase(String url) {
        this.url = url;
    }

    static TestDatabase fresh() {
        return new TestDatabase(EmbeddedServer.newDatabase());
    }

    String url() {
        return url;
    }

    PostgresStore open(int poolSize) {
        return PostgresStore.open(url, USER, PASSWORD, poolSize);
    }

    PostgresStore open() {
        return open(4);
    }

    PostgresStore open(AuditSealing sealing) {
        return PostgresStore.open(url, USER, PASSWORD, 4, sealing);
    }

    Connection connect() throws SQLException {
        return DriverManager.getConnection(url, USER, PASSWORD);
    }

    /** Runs statements on a plain connection of its own, in one transaction. */
    void execute(String... statements) {
        try (Connection c = connect(); Statement s = c.createStatement()) {
            c.setAutoCommit(false);
            for (String sql : statements) {
                s.execute(sql);
            }
            c.commit();
        } catch (SQLException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    /** The first column of every row {@code sql} returns, as text. */
    List<String> query(String sql) {
        try (Connection c = connect(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            List<String> values = new ArrayList<>();
            while (rs.next()) {
                values.add(rs.getString(1));
            }
            return values;
        } catch (SQLException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }
}
