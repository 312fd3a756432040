package org.igkit.store.sqlite.internal;

import java.io.Reader;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;

import org.flywaydb.core.api.ResourceProvider;
import org.flywaydb.core.api.resource.LoadableResource;

/** Hands Flyway the {@link ShippedMigration}s, so that it never scans the class path for them. */
final class ShippedMigrationResources implements ResourceProvider {
    private final List<ShippedMigration> migrations;

    ShippedMigrationResources(List<ShippedMigration> migrations) {
        this.migrations = List.copyOf(migrations);
    }

    @Override
    public LoadableResource getResource(String name) {
        return migrations.stream()
                .filter(m -> m.script().equals(name) || (ShippedMigration.DIRECTORY + "/" + m.script()).equals(name))
                .findFirst()
                .map(Script::new)
                .orElse(null);
    }

    @Override
    public Collection<LoadableResource> getResources(String prefix, String[] suffixes) {
        return migrations.stream()
                .filter(m -> m.script().startsWith(prefix) && Arrays.stream(suffixes).anyMatch(m.script()::endsWith))
                .<LoadableResource>map(Script::new)
                .toList();
    }

    /** One script as Flyway reads it; its paths are those Flyway's own class-path scan gives, so histories match. */
    private static final class Script extends LoadableResource {
        private final ShippedMigration migration;

        Script(ShippedMigration migration) {
            this.migration = migration;
        }

        @Override
        public Reader read() {
            return migration.open();
        }

        @Override
        public String getAbsolutePath() {
            return ShippedMigration.DIRECTORY + "/" + migration.script();
        }

        @Override
        public String getAbsolutePathOnDisk() {
            return getAbsolutePath();
        }

        @Override
        public String getFilename() {
            return migration.script();
        }

        @Override
        public String getRelativePath() {
            return migration.script();
        }
    }
}
