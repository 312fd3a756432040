package org.igkit.rest.server;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * A fresh database on one real PostgreSQL server (zonky's embedded binary) per test JVM, as ig-store-postgres'
 * tests start it: started on first use, stopped by a shutdown hook when the JVM ends.
 */
final class EmbeddedDatabase {
    static final String USER = "postgres";
    static final String PASSWORD = "postgres";
    private static final AtomicInteger DATABASES = new AtomicInteger();
    private static EmbeddedPostgres server;

    private EmbeddedDatabase() {
    }

    private static synchronized EmbeddedPostgres server() {
        if (server == null) {
            try {
                server = EmbeddedPostgres.builder().start();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            EmbeddedPostgres started = server;
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    started.close();
                } catch (IOException e) {
                    // the JVM is ending; nothing left to tell
                }
            }, "embedded-postgres-stop"));
        }
        return server;
    }

    /** A new empty database on the server; its JDBC URL. */
    static String create() {
        String name = "igkit_rest_test_" + DATABASES.incrementAndGet();
        execute(server().getJdbcUrl(USER, "postgres"), "CREATE DATABASE " + name);
        return server().getJdbcUrl(USER, name);
    }

    /** Runs {@code sql} on a plain connection of its own to {@code url}, behind the server's back. */
    static void execute(String url, String sql) {
        try (Connection c = java.sql.DriverManager.getConnection(url, USER, PASSWORD);
             Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }
}
