package org.igkit.store.sqlite;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 20, defect 6, the scenario reported: concurrent writers changing breaches, requests and assets, the process
 * killed with SIGKILL ({@link Process#destroyForcibly()}) at a random moment, several times over on one database
 * file. Each change raises its row's version by one and writes one audit entry in the same unit of work, so after
 * every kill each stored row has exactly as many entries as its version, no entry names a row that is not stored,
 * and the chain verifies.
 */
class KilledWritersTest {
    private static final long SEED = 20_261_202L;
    private static final int KILLS = 3;
    private static final int WRITERS = 4;

    @TempDir
    Path directory;

    @Test
    @DisplayName("seed 20261202: writers on 4 threads SIGKILLed 3 times leave every stored breach, request and asset "
            + "change with its audit entry, and no entry without its change")
    void killedWritersLeaveNoChangeWithoutItsEntry() throws Exception {
        SplittableRandom random = new SplittableRandom(SEED);
        TestDatabase database = TestDatabase.in(directory);
        for (int kill = 1; kill <= KILLS; kill++) {
            runAndKill(database.file(), "run" + kill, 200 + random.nextInt(600));

            assertThat(database.query("PRAGMA integrity_check")).containsExactly("ok");
            for (String[] register : new String[][] {
                    {"breach_record", "breach"},
                    {"information_request", "information request"},
                    {"information_asset", "information asset"}}) {
                String table = register[0];
                String subject = register[1];
                assertThat(database.count("SELECT count(*) FROM " + table)).as("%s rows after kill %d", table, kill)
                        .isPositive();
                assertThat(database.query("SELECT id || ' v' || version FROM " + table + " r WHERE version <> "
                        + "(SELECT count(*) FROM audit_entry e WHERE e.subject_type = '" + subject
                        + "' AND e.subject_id = r.id)"))
                        .as("%s rows whose entries do not match their version after kill %d", table, kill).isEmpty();
                assertThat(database.query("SELECT subject_id FROM audit_entry e WHERE subject_type = '" + subject
                        + "' AND NOT EXISTS (SELECT 1 FROM " + table + " r WHERE r.id = e.subject_id)"))
                        .as("entries of %s rows that are not stored after kill %d", table, kill).isEmpty();
            }
            try (SqliteStore store = database.open()) {
                assertThat(store.auditLog().verify().isIntact()).as("chain after kill %d", kill).isTrue();
            }
        }
    }

    /** Starts the writers, waits until they are writing, lets them run {@code millis} more, then kills them. */
    private static void runAndKill(Path file, String prefix, int millis) throws IOException, InterruptedException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process child = new ProcessBuilder(java, "-Xmx256m", "-cp", System.getProperty("java.class.path"),
                KilledWritersChild.class.getName(), file.toString(), prefix, Integer.toString(WRITERS))
                .redirectErrorStream(true).start();
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(),
                    StandardCharsets.UTF_8));
            String line;
            StringBuilder seen = new StringBuilder();
            while ((line = out.readLine()) != null && !line.equals("ready") && !line.startsWith("failed")) {
                seen.append(line).append('\n');
            }
            assertThat(line).as("the child got ready; it wrote:%n%s", seen).isEqualTo("ready");
            Thread.sleep(millis);
        } finally {
            child.destroyForcibly();
            assertThat(child.waitFor(60, TimeUnit.SECONDS)).as("the child died").isTrue();
        }
    }
}
