package org.igkit.store.sqlite;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * A database file of a test, reached behind the store's back (for tampering and for checks that must not go
 * through the code under test).
 */
final class TestDatabase {
    private final Path file;

    private TestDatabase(Path file) {
        this.file = file;
    }

    /** A fresh database file in {@code directory} (a JUnit temporary directory). */
    static TestDatabase in(Path directory) {
        return new TestDatabase(directory.resolve("igkit-test.db"));
    }

    Path file() {
        return file;
    }

    SqliteStore open() {
        return SqliteStore.open(file);
    }

    /** Runs statements on a plain connection of its own. */
    void execute(String... statements) {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
            for (String sql : statements) {
                s.execute(sql);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The first column of every row {@code sql} returns, as text, read on a plain connection of its own. */
    List<String> query(String sql) {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement();
             var rs = s.executeQuery(sql)) {
            List<String> values = new ArrayList<>();
            while (rs.next()) {
                values.add(rs.getString(1));
            }
            return values;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    long count(String sql) {
        return Long.parseLong(query(sql).get(0));
    }
}
