package org.igkit.testkit.retention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;

import org.igkit.core.error.ConflictException;
import org.igkit.core.error.NotFoundException;
import org.igkit.core.error.ValidationException;
import org.igkit.retention.hold.LegalHold;
import org.igkit.retention.port.LegalHoldRepository;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every {@link LegalHoldRepository} adapter must do. */
public abstract class LegalHoldRepositoryContract {
    private static final LocalDate PLACED = LocalDate.of(2026, 1, 10);

    /** A new, empty repository; called before each test. */
    protected abstract LegalHoldRepository newRepository();

    private LegalHoldRepository repository;

    @BeforeEach
    void fresh() {
        repository = newRepository();
    }

    private static LegalHold hold(String id, String recordId) {
        return LegalHold.placed(id, recordId, "Smith v Council", "legal services", PLACED);
    }

    @Test
    void aPlacedHoldComesBackWholeWithVersionOne() {
        LegalHold placed = repository.place(hold("H-1", "R-1"));
        assertThat(placed).isEqualTo(hold("H-1", "R-1").withVersion(1));
        assertThat(repository.find("H-1")).contains(placed);
        assertThat(repository.holdsOn("R-1")).containsExactly(placed);
        assertThat(repository.holdsOn("R-2")).isEmpty();
        assertThatThrownBy(() -> repository.place(hold("H-1", "R-2")))
                .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.reason()).isEqualTo(ConflictException.Reason.ALREADY_EXISTS));
        assertThatThrownBy(() -> repository.place(LegalHold.of("H-2", "no record", PLACED, null)))
                .isInstanceOf(ValidationException.class);
    }

    @Test
    void aReleaseIsRecordedWithItsDateAndReasonAndNeverDeletes() {
        repository.place(hold("H-1", "R-1"));
        LegalHold released = repository.release("H-1", LocalDate.of(2026, 6, 1), "claim settled");
        assertThat(released.releasedOn()).isEqualTo(LocalDate.of(2026, 6, 1));
        assertThat(released.releaseReason()).isEqualTo("claim settled");
        assertThat(released.version()).isEqualTo(2);
        assertThat(repository.holdsOn("R-1")).containsExactly(released);
        assertThatThrownBy(() -> repository.release("H-1", LocalDate.of(2026, 7, 1), "again"))
                .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.reason()).isEqualTo(ConflictException.Reason.INVALID_STATE));
        assertThatThrownBy(() -> repository.release("H-9", LocalDate.of(2026, 7, 1), "x")).isInstanceOf(NotFoundException.class);
    }

    @Test
    void bulkPlacementIsAllOrNothing() {
        repository.place(hold("H-2", "R-2"));
        assertThatThrownBy(() -> repository.placeAll(List.of(hold("H-1", "R-1"), hold("H-2", "R-9"), hold("H-3", "R-3"))))
                .isInstanceOf(ConflictException.class);
        assertThat(repository.find("H-1")).isEmpty();
        assertThat(repository.find("H-3")).isEmpty();
        List<LegalHold> placed = repository.placeAll(List.of(hold("H-1", "R-1"), hold("H-3", "R-1")));
        assertThat(placed).extracting(LegalHold::version).containsExactly(1L, 1L);
        assertThat(repository.holdsOn("R-1")).extracting(LegalHold::id).containsExactly("H-1", "H-3");
    }
}
