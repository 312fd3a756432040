package org.igkit.testkit.retention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.igkit.core.error.ConflictException;
import org.igkit.core.explain.Citation;
import org.igkit.core.paging.Page;
import org.igkit.core.paging.PageRequest;
import org.igkit.retention.disposal.BatchState;
import org.igkit.retention.disposal.CertifiedDisposal;
import org.igkit.retention.disposal.DisposalBatch;
import org.igkit.retention.disposal.DisposalCandidate;
import org.igkit.retention.disposal.DisposalCertificate;
import org.igkit.retention.disposal.WithheldDisposal;
import org.igkit.retention.port.DisposalBatchRepository;
import org.igkit.retention.schedule.DisposalAction;
import org.igkit.retention.schedule.EntryRef;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** What every {@link DisposalBatchRepository} adapter must do. */
public abstract class DisposalBatchRepositoryContract {
    private static final Instant APPROVED = Instant.parse("2026-05-09T09:00:00Z");
    private static final Instant EXECUTED = Instant.parse("2026-05-09T10:00:00Z");

    /** A new, empty repository; called before each test. */
    protected abstract DisposalBatchRepository newRepository();

    private DisposalBatchRepository repository;

    @BeforeEach
    void fresh() {
        repository = newRepository();
    }

    private static DisposalCandidate candidate(String recordId) {
        return new DisposalCandidate(recordId, EntryRef.of("sample-school", "S21"), "CFY(processed) + 6y",
                List.of(Citation.of("Limitation Act 1980", "s.5").withUrl("https://www.legislation.gov.uk/ukpga/1980/58/section/5")),
                DisposalAction.SECURE_DESTROY, LocalDate.of(2019, 3, 31));
    }

    private static DisposalBatch proposed(String id) {
        return proposed(id, "R-1", "R-2");
    }

    private static DisposalBatch proposed(String id, String... recordIds) {
        return DisposalBatch.proposed(id, LocalDate.of(2026, 5, 9),
                Arrays.stream(recordIds).map(DisposalBatchRepositoryContract::candidate).toList());
    }

    @Test
    void aBatchGoesThroughItsLifeWithOptimisticVersions() {
        DisposalBatch saved = repository.save(proposed("B-1"));
        assertThat(saved).isEqualTo(proposed("B-1").withVersion(1));
        DisposalBatch approved = repository.save(new DisposalBatch("B-1", saved.asOf(), saved.candidates(), BatchState.APPROVED,
                "records.manager", APPROVED, null, saved.version()));
        List<CertifiedDisposal> disposed = List.of(new CertifiedDisposal(candidate("R-1"), EXECUTED));
        DisposalCertificate certificate = new DisposalCertificate("B-1", disposed,
                List.of(new WithheldDisposal("R-2", "a legal hold is in force: H-1 (claim)")), "records.manager", APPROVED,
                "it.operator", EXECUTED, DisposalCertificate.digestOf("B-1", disposed));
        DisposalBatch executed = repository.save(new DisposalBatch("B-1", saved.asOf(), saved.candidates(), BatchState.EXECUTED,
                "records.manager", APPROVED, certificate, approved.version()));
        assertThat(executed.version()).isEqualTo(3);
        assertThat(repository.find("B-1")).contains(executed);
        assertThat(repository.find("B-1").orElseThrow().certificate().isIntact()).isTrue();
        // the certificate is the proof of a lawful disposal: an executed batch never changes, even at its own version
        assertThatThrownBy(() -> repository.save(executed))
                .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.reason()).isEqualTo(ConflictException.Reason.INVALID_STATE));
        assertThat(repository.find("B-1")).contains(executed);
        assertThatThrownBy(() -> repository.save(approved))
                .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.reason()).isEqualTo(ConflictException.Reason.VERSION_MISMATCH));
        assertThatThrownBy(() -> repository.save(proposed("B-1")))
                .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.reason()).isEqualTo(ConflictException.Reason.ALREADY_EXISTS));
        assertThat(repository.find("B-9")).isEmpty();
    }

    @Test
    void batchesAreListedByIdInPages() {
        for (String id : List.of("B-3", "B-1", "B-2")) {
            repository.save(proposed(id, "R-" + id));
        }
        List<String> ids = new ArrayList<>();
        Page<DisposalBatch> page = repository.list(PageRequest.first(2));
        ids.addAll(page.items().stream().map(DisposalBatch::id).toList());
        while (!page.isLast()) {
            page = repository.list(PageRequest.after(page.nextCursor(), 2));
            ids.addAll(page.items().stream().map(DisposalBatch::id).toList());
        }
        assertThat(ids).containsExactly("B-1", "B-2", "B-3");
    }

    @Test
    @DisplayName("A record is a candidate of at most one open batch; executing the batch releases it")
    void aRecordIsInAtMostOneOpenBatch() {
        DisposalBatch first = repository.save(proposed("B-1", "R-1", "R-2"));
        assertThatThrownBy(() -> repository.save(proposed("B-2", "R-2", "R-3")))
                .isInstanceOfSatisfying(ConflictException.class, e -> {
                    assertThat(e.reason()).isEqualTo(ConflictException.Reason.INVALID_STATE);
                    assertThat(e.getMessage()).contains("R-2").contains("B-1");
                });
        assertThat(repository.find("B-2")).as("a refused save stores nothing").isEmpty();
        assertThat(repository.openBatchesOf(List.of("R-1", "R-2", "R-3")))
                .isEqualTo(Map.of("R-1", "B-1", "R-2", "B-1"));
        assertThat(repository.openBatchesOf(List.of())).isEmpty();

        DisposalBatch approved = repository.save(first.approvedBy("records.manager", APPROVED));
        DisposalBatch executing = repository.save(approved.executing());
        assertThat(executing.state()).isEqualTo(BatchState.EXECUTING);
        assertThat(repository.find("B-1")).contains(executing);
        assertThat(repository.openBatchesOf(List.of("R-1"))).as("an executing batch still holds its records")
                .isEqualTo(Map.of("R-1", "B-1"));
        List<CertifiedDisposal> disposed = List.of(new CertifiedDisposal(candidate("R-1"), EXECUTED),
                new CertifiedDisposal(candidate("R-2"), EXECUTED));
        repository.save(executing.executedWith(new DisposalCertificate("B-1", disposed, List.of(), "records.manager",
                APPROVED, "it.operator", EXECUTED, DisposalCertificate.digestOf("B-1", disposed))));
        assertThat(repository.openBatchesOf(List.of("R-1", "R-2", "R-3"))).isEmpty();
        assertThat(repository.save(proposed("B-2", "R-2", "R-3")).version()).isEqualTo(1);
        assertThat(repository.openBatchesOf(List.of("R-1", "R-2", "R-3")))
                .isEqualTo(Map.of("R-2", "B-2", "R-3", "B-2"));
    }
}
