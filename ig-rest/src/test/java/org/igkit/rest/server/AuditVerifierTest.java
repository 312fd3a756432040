package org.igkit.rest.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;

import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfigBuilder;

import org.eclipse.microprofile.config.Config;
import org.igkit.core.audit.AuditEvent;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command-line verifier of a copied audit log (issue 20, defect 6): exit 0 intact, 1 not, 2 misused. */
class AuditVerifierTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-02T10:00:00Z"), ZoneOffset.UTC);
    private static final String KEY = "k1:" + Base64.getEncoder().encodeToString(new byte[32]);

    @TempDir
    Path directory;
    private Path database;
    private Path checkpointFile;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @BeforeEach
    void aSealedLogWithACheckpointKeptElsewhere() throws Exception {
        database = directory.resolve("igkit.db");
        try (CompositionRoot root = CompositionRoot.open(ServerSettings.from(config(Map.of())), CLOCK)) {
            for (int i = 1; i <= 5; i++) {
                root.auditLog().append(AuditEvent.of("dpo", "record.saved", CLOCK.instant(), "record", "R-" + i));
            }
            checkpointFile = Files.writeString(directory.resolve("kept.txt"), root.auditLog().checkpoint().toText());
        }
    }

    @Test
    void anIntactLogVerifiesWithAndWithoutTheKeptCheckpoint() {
        assertThat(run(config(Map.of()))).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("intact: 5 entries checked (0 unsealed)");
        assertThat(run(config(Map.of()), checkpointFile.toString())).isZero();
    }

    @Test
    void entriesCutOffTheEndAreReportedAgainstTheKeptCheckpoint() throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + database); Statement s = c.createStatement()) {
            s.execute("DROP TRIGGER audit_entry_refuses_delete");
            s.execute("DROP TRIGGER audit_checkpoint_refuses_delete");
            s.execute("DELETE FROM audit_entry WHERE sequence >= 4");
            s.execute("DELETE FROM audit_checkpoint");
        }

        assertThat(run(config(Map.of()))).as("nothing left inside the file notices").isZero();
        out.reset();
        assertThat(run(config(Map.of()), checkpointFile.toString())).isEqualTo(1);
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("NOT INTACT at entry 4").contains("cut off");
    }

    @Test
    void withoutTheKeyTheSealedEntriesCannotBeChecked() {
        Map<String, String> noKey = new HashMap<>();
        noKey.put("ig.audit.key", "");
        assertThat(run(config(noKey))).isEqualTo(1);
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("'k1'");
    }

    @Test
    void aMisusedCommandOrAnUnreadableCheckpointIsExitStatusTwo() {
        assertThat(run(config(Map.of()), "a", "b")).isEqualTo(2);
        assertThat(run(config(Map.of()), directory.resolve("missing.txt").toString())).isEqualTo(2);
        assertThat(run(config(Map.of("ig.audit.key", "k1:short")))).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).doesNotContain("k1:short");
    }

    private int run(Config config, String... args) {
        return AuditVerifier.run(args, config, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private Config config(Map<String, String> overrides) {
        Map<String, String> all = new HashMap<>();
        all.put("ig.store.path", database.toString());
        all.put("ig.audit.key", KEY);
        all.putAll(overrides);
        return new SmallRyeConfigBuilder().withSources(new PropertiesConfigSource(all, "test", 500)).build();
    }
}
