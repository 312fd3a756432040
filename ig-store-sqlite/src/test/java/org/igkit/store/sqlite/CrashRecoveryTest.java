package org.igkit.store.sqlite;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.jupiter.api.io.TempDir;

/**
 * A process importing 1,000,000 retained records is killed with SIGKILL at a random moment, five times over, each run
 * resuming the same import; after every kill the database opens, passes {@code PRAGMA integrity_check}, holds
 * every batch the dead process reported committed, and holds no part of the batch it was writing.
 */
@Execution(ExecutionMode.CONCURRENT)
class CrashRecoveryTest {
    private static final long SEED = 20_261_121L;
    private static final long ROWS = 1_000_000;
    private static final int BATCH = 10_000;
    private static final String IMPORT_ID = "crash-test-file";
    /** 128 + 9: how a shell reports a process that SIGKILL ended. */
    private static final int KILLED_BY_SIGKILL = 137;

    @TempDir
    Path directory;

    @Test
    @DisplayName("seed 20261121: 1,000,000-record import SIGKILLed 5 times at random moments loses no committed batch "
            + "and leaves no partial one")
    void killedImportsLoseNothingCommittedAndLeaveNothingHalfWritten() throws Exception {
        SplittableRandom random = new SplittableRandom(SEED);
        TestDatabase database = TestDatabase.in(directory);
        for (int kill = 1; kill <= 5; kill++) {
            List<Long> reported = new ArrayList<>();
            Child child = Child.start(database.file());
            try {
                int batchesBeforeKill = 1 + random.nextInt(15);
                while (reported.size() < batchesBeforeKill) {
                    String line = child.nextLine();
                    assertThat(line).as("run %d ended before it was killed", kill).doesNotStartWith("done");
                    if (line.startsWith("committed ")) {
                        reported.add(Long.parseLong(line.split(" ")[1]));
                    }
                }
                // somewhere inside the next batch's write
                Thread.sleep(random.nextInt(40));
                child.kill();
                assertThat(child.exitCode()).isEqualTo(KILLED_BY_SIGKILL);
                reported.addAll(child.committedLinesSoFar());
            } finally {
                child.destroy();
            }
            assertRecoveredCleanly(database, reported);
        }

        Child last = Child.start(database.file());
        try {
            assertThat(last.exitCode()).isZero();
        } finally {
            last.destroy();
        }
        assertThat(database.count("SELECT count(*) FROM retained_record")).isEqualTo(ROWS);
        assertThat(database.count("SELECT count(*) FROM import_batch")).isEqualTo(ROWS / BATCH);
    }

    private static void assertRecoveredCleanly(TestDatabase database, List<Long> reportedCommitted) {
        try (SqliteStore store = database.open()) {
            assertThat(store.checkIntegrity()).containsExactly("ok");
        }
        List<Long> journalled = database.query("SELECT batch_number FROM import_batch ORDER BY batch_number").stream()
                .map(Long::parseLong).toList();
        assertThat(journalled).as("every batch reported committed is there").containsAll(reportedCommitted);
        long rows = database.count("SELECT count(*) FROM retained_record");
        assertThat(rows).as("no partial batch: the rows are exactly the journalled batches")
                .isEqualTo(journalled.size() * (long) BATCH);
        if (rows > 0) {
            assertThat(database.query("SELECT max(id) FROM retained_record"))
                    .as("the rows are the first batches of the input, with no gap")
                    .containsExactly(RecordRows.idOf(rows - 1));
        }
    }

    /** The importing child JVM, its output read line by line. */
    private static final class Child {
        private final Process process;
        private final BlockingQueue<String> lines = new LinkedBlockingQueue<>();

        private Child(Process process) {
            this.process = process;
            Thread reader = new Thread(() -> {
                try (BufferedReader in = new BufferedReader(
                        new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                    for (String line = in.readLine(); line != null; line = in.readLine()) {
                        lines.add(line);
                    }
                } catch (IOException e) {
                    lines.add("io-error " + e.getMessage());
                }
            }, "crash-child-output");
            reader.setDaemon(true);
            reader.start();
        }

        static Child start(Path file) throws IOException {
            String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
            ProcessBuilder builder = new ProcessBuilder(java, "-Xmx256m", "-cp", System.getProperty("java.class.path"),
                    CrashingImportChild.class.getName(), file.toString(), Long.toString(ROWS), Integer.toString(BATCH),
                    IMPORT_ID);
            builder.redirectError(ProcessBuilder.Redirect.INHERIT);
            return new Child(builder.start());
        }

        String nextLine() throws InterruptedException {
            String line = lines.poll(120, TimeUnit.SECONDS);
            assertThat(line).as("the child wrote nothing for two minutes").isNotNull();
            return line;
        }

        /** SIGKILL: {@link Process#destroyForcibly()} sends it on Linux and macOS. */
        void kill() {
            process.destroyForcibly();
        }

        int exitCode() throws InterruptedException {
            assertThat(process.waitFor(300, TimeUnit.SECONDS)).as("the child ended").isTrue();
            return process.exitValue();
        }

        /** Batches the child reported committed that have not been taken with {@link #nextLine()}. */
        List<Long> committedLinesSoFar() throws InterruptedException {
            // the output pipe may still hold lines written just before the kill
            Thread.sleep(50);
            List<Long> committed = new ArrayList<>();
            for (String line = lines.poll(); line != null; line = lines.poll()) {
                if (line.startsWith("committed ")) {
                    committed.add(Long.parseLong(line.split(" ")[1]));
                }
            }
            return committed;
        }

        void destroy() {
            if (process.isAlive()) {
                process.destroyForcibly();
            }
        }
    }
}
