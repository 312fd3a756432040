package org.igkit.store.sqlite.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import java.util.zip.CRC32;

/**
 * One migration script this code ships, under {@link #DIRECTORY} on the class path, with the checksum Flyway
 * records for it.
 *
 * <p>The scripts are listed here rather than found by scanning the class path: in the server's 25 MB jar, Flyway's
 * scan of a class-path location cost about half a second of every start. A test keeps the list and the directory
 * equal, and another that the checksums are Flyway's own.
 *
 * @param version     the version, e.g. {@code 3}
 * @param description the description, as Flyway derives it from the file name
 * @param script      the file name, e.g. {@code V3__information_requests.sql}
 * @param checksum    Flyway's checksum of the script (CRC-32 of its lines, without line ends or byte-order mark)
 */
public record ShippedMigration(String version, String description, String script, int checksum) {
    /** The class-path directory of the scripts: under the module's own package, never mixed with an embedder's. */
    public static final String DIRECTORY = "org/igkit/store/sqlite/migration";

    private static final List<String> SCRIPTS = List.of(
            "V1__audit_log_and_import_journal.sql",
            "V2__information_assets.sql",
            "V3__information_requests.sql",
            "V4__breach_log.sql",
            "V5__retention.sql",
            "V6__disposal_batches.sql",
            "V7__disposal_batch_claims.sql",
            "V8__audit_seal_and_checkpoints.sql",
            "V9__assurance.sql");

    public ShippedMigration {
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(script, "script");
    }

    /** Every script this code ships, oldest first, read from the class path. */
    public static List<ShippedMigration> all() {
        return SCRIPTS.stream().map(ShippedMigration::read).toList();
    }

    /** The latest version this code migrates to. */
    public static String latestVersion() {
        return versionOf(SCRIPTS.get(SCRIPTS.size() - 1));
    }

    /** The script's text. */
    public Reader open() {
        return new InputStreamReader(stream(script), StandardCharsets.UTF_8);
    }

    private static ShippedMigration read(String script) {
        String description = script.substring(script.indexOf("__") + 2, script.length() - ".sql".length())
                .replace('_', ' ');
        return new ShippedMigration(versionOf(script), description, script, checksumOf(script));
    }

    private static String versionOf(String script) {
        return script.substring(1, script.indexOf("__")).replace('_', '.');
    }

    /** Flyway's checksum: a CRC-32 over the script's lines as UTF-8, line ends and any byte-order mark left out. */
    private static int checksumOf(String script) {
        CRC32 crc = new CRC32();
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(stream(script), StandardCharsets.UTF_8))) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                String text = line.startsWith("\uFEFF") ? line.substring(1) : line;
                crc.update(text.getBytes(StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("reading the migration " + script, e);
        }
        return (int) crc.getValue();
    }

    private static InputStream stream(String script) {
        InputStream in = ShippedMigration.class.getClassLoader().getResourceAsStream(DIRECTORY + "/" + script);
        if (in == null) {
            throw new IllegalStateException("the migration " + DIRECTORY + "/" + script + " is missing from the class path");
        }
        return in;
    }
}
