package org.igkit.store.sqlite;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.igkit.core.audit.AuditEntry;
import org.igkit.retention.register.RecordImports;

/**
 * Issue 20, defect 6: a batch and its audit entry are written in one transaction, so a process killed after the
 * batch's rows were written and before its entry was leaves neither; the rerun under the same import id writes the
 * batch with its entry, and no batch is audited twice. The import runs in a child JVM (as in
 * {@link CrashRecoveryTest}) that dies at a chosen batch.
 */
class KilledImportAuditTest {
    private static final long ROWS = 50;
    private static final int BATCH = 10;
    private static final String IMPORT_ID = "killed-audit-file";

    @TempDir
    Path directory;

    @Test
    @DisplayName("Killed between writing batch 3 and its entry, then batch 4, then run to the end: batches 1 to 5 "
            + "each committed with exactly one entry, covering every imported row")
    void everyCommittedBatchIsAuditedOnceAfterKills() throws Exception {
        TestDatabase database = TestDatabase.in(directory);

        assertThat(runChild(database.file(), 3)).isEqualTo(KilledAuditedImportChild.KILLED);
        assertThat(batchNumbersAudited(database)).as("batch 3 lost with its entry").containsExactly("1", "2");
        assertThat(database.count("SELECT count(*) FROM import_batch")).isEqualTo(2);
        assertThat(database.count("SELECT count(*) FROM retained_record")).isEqualTo(2L * BATCH);

        assertThat(runChild(database.file(), 4)).isEqualTo(KilledAuditedImportChild.KILLED);
        assertThat(batchNumbersAudited(database)).as("the rerun wrote batch 3").containsExactly("1", "2", "3");
        assertThat(database.count("SELECT count(*) FROM import_batch")).isEqualTo(3);

        assertThat(runChild(database.file(), 0)).isZero();
        assertThat(runChild(database.file(), 0)).as("a rerun of a finished import").isZero();

        assertThat(database.count("SELECT count(*) FROM retained_record")).isEqualTo(ROWS);
        assertThat(database.count("SELECT count(*) FROM import_batch")).isEqualTo(ROWS / BATCH);
        try (SqliteStore store = database.open()) {
            List<AuditEntry> batches = batchEntries(store);
            assertThat(batches).extracting(e -> e.event().details().get("batch"))
                    .containsExactly("1", "2", "3", "4", "5");
            assertThat(batches).extracting(e -> e.event().details().get("firstRecordId"))
                    .containsExactly(RecordRows.idOf(0), RecordRows.idOf(10), RecordRows.idOf(20), RecordRows.idOf(30),
                            RecordRows.idOf(40));
            assertThat(batches).extracting(e -> e.event().details().get("lastRecordId"))
                    .containsExactly(RecordRows.idOf(9), RecordRows.idOf(19), RecordRows.idOf(29), RecordRows.idOf(39),
                            RecordRows.idOf(49));
            assertThat(batches).extracting(e -> e.event().details().get("committedBy"))
                    .containsExactly("this run", "this run", "this run", "this run", "this run");
            assertThat(store.auditLog().verify().isIntact()).isTrue();
        }
    }

    private static List<AuditEntry> batchEntries(SqliteStore store) {
        return store.auditLog().forSubject(RecordImports.AUDIT_SUBJECT, IMPORT_ID).stream()
                .filter(e -> e.event().action().equals(RecordImports.BATCH)).collect(Collectors.toList());
    }

    private static List<String> batchNumbersAudited(TestDatabase database) {
        try (SqliteStore store = database.open()) {
            return batchEntries(store).stream().map(e -> e.event().details().get("batch"))
                    .collect(Collectors.toList());
        }
    }

    private static int runChild(Path file, long dieAfterBatch) throws IOException, InterruptedException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process child = new ProcessBuilder(java, "-Xmx256m", "-cp", System.getProperty("java.class.path"),
                KilledAuditedImportChild.class.getName(), file.toString(), Long.toString(ROWS),
                Integer.toString(BATCH), IMPORT_ID, Long.toString(dieAfterBatch))
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        assertThat(child.waitFor(300, TimeUnit.SECONDS)).as("the child ended").isTrue();
        return child.exitValue();
    }
}
