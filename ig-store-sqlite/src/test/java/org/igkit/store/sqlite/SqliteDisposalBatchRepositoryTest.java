package org.igkit.store.sqlite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.igkit.core.error.ConflictException;
import org.igkit.core.explain.Citation;
import org.igkit.retention.disposal.BatchState;
import org.igkit.retention.disposal.CertifiedDisposal;
import org.igkit.retention.disposal.DisposalBatch;
import org.igkit.retention.disposal.DisposalCandidate;
import org.igkit.retention.disposal.DisposalCertificate;
import org.igkit.retention.disposal.WithheldDisposal;
import org.igkit.retention.port.DisposalBatchRepository;
import org.igkit.retention.schedule.DisposalAction;
import org.igkit.retention.schedule.EntryRef;
import org.igkit.testkit.retention.DisposalBatchRepositoryContract;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The SQLite DisposalBatchRepository passes the contract every adapter must pass, keeps a batch across closing
 * and reopening the file, and keeps an executed batch (the certificate of disposal) as issued.
 */
class SqliteDisposalBatchRepositoryTest extends DisposalBatchRepositoryContract {
    private static final Instant APPROVED = Instant.parse("2026-05-09T09:00:00.5Z");
    private static final Instant EXECUTED = Instant.parse("2026-05-09T10:00:00.123456789Z");

    @TempDir
    Path directory;
    private SqliteStore store;

    @Override
    protected DisposalBatchRepository newRepository() {
        store = TestDatabase.in(directory).open();
        return store.disposalBatches();
    }

    @AfterEach
    void closeStore() {
        store.close();
    }

    private static DisposalCandidate candidate(String recordId, Citation citation) {
        return new DisposalCandidate(recordId, EntryRef.of("sample-school", "S21"), "CFY(processed) + 6y",
                List.of(citation), DisposalAction.SECURE_DESTROY, LocalDate.of(2019, 3, 31));
    }

    private DisposalBatch executed() {
        DisposalCandidate disposed = candidate("R-1", Citation.of("Limitation Act 1980", "s.5")
                .withNote("a note with \"quotes\", a tab\tand a line\nbreak"));
        DisposalCandidate held = candidate("R-2", Citation.of("IRMS toolkit", ""));
        DisposalBatch proposed = store.disposalBatches().save(
                DisposalBatch.proposed("B-1", LocalDate.of(2026, 5, 9), List.of(disposed, held)));
        DisposalBatch approved = store.disposalBatches().save(new DisposalBatch("B-1", proposed.asOf(),
                proposed.candidates(), BatchState.APPROVED, "records.manager", APPROVED, null, proposed.version()));
        List<CertifiedDisposal> done = List.of(new CertifiedDisposal(disposed, EXECUTED));
        DisposalCertificate certificate = new DisposalCertificate("B-1", done,
                List.of(new WithheldDisposal("R-2", "a legal hold is in force")), "records.manager", APPROVED,
                "it.operator", EXECUTED, DisposalCertificate.digestOf("B-1", done));
        return store.disposalBatches().save(new DisposalBatch("B-1", approved.asOf(), approved.candidates(),
                BatchState.EXECUTED, "records.manager", APPROVED, certificate, approved.version()));
    }

    @Test
    @DisplayName("An executed batch, with its certificate to the nanosecond, is the same after the file is reopened")
    void survivesReopening() {
        newRepository();
        DisposalBatch executed = executed();
        store.close();
        store = TestDatabase.in(directory).open();
        assertThat(store.disposalBatches().find("B-1")).contains(executed);
        assertThat(store.disposalBatches().find("B-1").orElseThrow().certificate().isIntact()).isTrue();
    }

    @Test
    @DisplayName("An executed batch is final: saving over it is a conflict, and the schema refuses removing it")
    void anExecutedBatchIsFinal() {
        newRepository();
        DisposalBatch executed = executed();
        assertThatThrownBy(() -> store.disposalBatches().save(executed))
                .isInstanceOfSatisfying(ConflictException.class,
                        e -> assertThat(e.reason()).isEqualTo(ConflictException.Reason.INVALID_STATE));
        assertThatThrownBy(() -> TestDatabase.in(directory).execute("DELETE FROM disposal_batch"))
                .hasMessageContaining("cannot be removed");
        assertThatThrownBy(() -> TestDatabase.in(directory).execute("UPDATE disposal_batch SET approved_by = 'x'"))
                .hasMessageContaining("cannot be changed");
        assertThat(store.disposalBatches().find("B-1")).contains(executed);
    }
}
