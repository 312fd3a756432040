package org.igkit.store.sqlite.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.UUID;

import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

/**
 * A new database that the build migrated with Flyway, shipped on the class path: a store opened on a file that does
 * not exist yet starts from a copy of it, so its first start skips Flyway as every later start does (Flyway's six
 * migrations, run cold, were a third of a second of a new server's start).
 *
 * <p>The copy is the database Flyway made, history included; only the history's "installed on" times are the
 * build's. A build without the template (an IDE's, say) simply migrates each new file with Flyway, and a template
 * older than this code's migrations is brought up to date by Flyway like any other database.
 */
public final class TemplateDatabase {
    /** Where the build puts the template on the class path. */
    public static final String RESOURCE = "org/igkit/store/sqlite/template/new-database.sqlite";

    private TemplateDatabase() {
    }

    /**
     * Puts a copy of the template at {@code file} when nothing is there yet.
     *
     * @return false when the file exists (or appeared meanwhile), its directory does not, or there is no template
     */
    static boolean createIfAbsent(Path file) {
        Path target = file.toAbsolutePath();
        if (Files.exists(target) || target.getParent() == null || !Files.isDirectory(target.getParent())) {
            return false;
        }
        Path partial = target.resolveSibling(target.getFileName() + "." + UUID.randomUUID() + ".new");
        try (InputStream template = TemplateDatabase.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (template == null) {
                return false;
            }
            try (OutputStream out = Files.newOutputStream(partial, StandardOpenOption.CREATE_NEW)) {
                template.transferTo(out);
            }
            // a hard link is created only if nothing has the name yet: two processes starting on the same new file
            // cannot replace each other's database
            Files.createLink(target, partial);
            return true;
        } catch (FileAlreadyExistsException someoneElseCreatedIt) {
            return false;
        } catch (IOException | UnsupportedOperationException e) {
            return false; // no links here, or no room: Flyway makes the database instead, as before
        } finally {
            try {
                Files.deleteIfExists(partial);
            } catch (IOException leftBehind) {
                // only a stray uniquely named file beside the database; the database itself is whole either way
            }
        }
    }

    /** The build's step: a new database at {@code args[0]}, migrated by Flyway and checkpointed into one file. */
    public static void main(String[] args) throws IOException {
        Path file = Path.of(args[0]).toAbsolutePath();
        Files.createDirectories(file.getParent());
        Files.deleteIfExists(file);
        SQLiteDataSource dataSource = new SQLiteDataSource(new SQLiteConfig(
                Database.connectionProperties(Duration.ofSeconds(5))));
        dataSource.setUrl("jdbc:sqlite:" + file);
        SchemaMigrations.migrate(dataSource);
    }
}
