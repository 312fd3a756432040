package org.igkit.store.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import org.junit.jupiter.api.Test;

/** The tests run against a real PostgreSQL 14 server, and the store migrates a fresh database. */
class EmbeddedServerTest {
    @Test
    void aRealServerOfVersion14OrLaterAnswers() throws SQLException {
        String url = EmbeddedServer.newDatabase();
        try (Connection c = DriverManager.getConnection(url, "postgres", "postgres"); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SHOW server_version_num")) {
            rs.next();
            assertThat(Integer.parseInt(rs.getString(1))).isGreaterThanOrEqualTo(140000);
        }
    }

    @Test
    void openingMigratesAFreshDatabase() throws SQLException {
        String url = EmbeddedServer.newDatabase();
        try (PostgresStore store = PostgresStore.open(url, "postgres", "postgres", 2)) {
            assertThat(store.auditLog().size()).isZero();
        }
        try (PostgresStore reopened = PostgresStore.open(url, "postgres", "postgres", 2)) {
            assertThat(reopened.auditLog().verify().isIntact()).isTrue();
        }
        try (Connection c = DriverManager.getConnection(url, "postgres", "postgres"); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT count(*) FROM igkit_schema_history WHERE success")) {
            rs.next();
            assertThat(rs.getInt(1)).isGreaterThanOrEqualTo(1);
        }
    }
}
