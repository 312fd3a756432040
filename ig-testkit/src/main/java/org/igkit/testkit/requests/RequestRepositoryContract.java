package org.igkit.testkit.requests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

import org.igkit.core.Nation;
import org.igkit.core.error.ConflictException;
import org.igkit.core.error.NotFoundException;
import org.igkit.core.error.ValidationException;
import org.igkit.core.paging.Page;
import org.igkit.core.paging.PageRequest;
import org.igkit.requests.port.RequestRepository;
import org.igkit.requests.regime.EventType;
import org.igkit.requests.regime.RegimeId;
import org.igkit.requests.regime.RequestEvent;
import org.igkit.requests.register.InformationRequest;
import org.igkit.requests.register.Outcome;
import org.igkit.requests.register.RequesterCategory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every {@link RequestRepository} adapter must do: store requests exactly, lock optimistically, and list
 * open, due and reporting-period requests in keyset pages. Extend it and return a fresh, empty repository from
 * {@link #newRepository()}.
 */
public abstract class RequestRepositoryContract {
    private static final LocalDate OCT_2 = LocalDate.of(2024, 10, 2);

    /** A new, empty repository; called once before each test. */
    protected abstract RequestRepository newRepository();

    private RequestRepository repository;

    @BeforeEach
    void freshRepository() {
        repository = newRepository();
    }

    @Test
    void aSavedRequestReadsBackExactlyWithVersionOne() {
        InformationRequest request = InformationRequest.received("R-1", RegimeId.UKGDPR_SAR, Nation.SCOTLAND,
                        "SAR-2024-0007", RequesterCategory.DATA_SUBJECT, OCT_2)
                .withEvent(RequestEvent.of(EventType.ID_REQUESTED, OCT_2.plusDays(1)))
                .withEvent(RequestEvent.of(EventType.ID_RECEIVED, OCT_2.plusDays(6)))
                .withSchoolCalendarId("not-a-school")
                .withDueDate(LocalDate.of(2024, 11, 8));

        InformationRequest saved = repository.save(request);

        assertThat(saved).isEqualTo(request.withVersion(1));
        assertThat(repository.find("R-1")).contains(saved);
        assertThat(repository.get("R-1")).isEqualTo(saved);
    }

    @Test
    void aClosedRequestKeepsItsClosureAndOutcome() {
        InformationRequest saved = repository.save(foi("R-1", OCT_2, LocalDate.of(2024, 10, 30)));
        InformationRequest closed = repository.save(saved.closedOn(LocalDate.of(2024, 10, 29), Outcome.PARTLY_GRANTED));

        assertThat(closed.version()).isEqualTo(2);
        assertThat(repository.get("R-1").findClosedOn()).contains(LocalDate.of(2024, 10, 29));
        assertThat(repository.get("R-1").findOutcome()).contains(Outcome.PARTLY_GRANTED);
        assertThat(repository.get("R-1").isClosedOnTime()).isTrue();
    }

    @Test
    void anUnknownIdIsNotFound() {
        assertThat(repository.find("nope")).isEmpty();
        assertThatThrownBy(() -> repository.get("nope")).isInstanceOf(NotFoundException.class);
    }

    @Test
    void savingAStaleCopyIsAVersionConflictAndChangesNothing() {
        InformationRequest first = repository.save(foi("R-1", OCT_2, LocalDate.of(2024, 10, 30)));
        repository.save(first.withDueDate(LocalDate.of(2024, 11, 27)));

        assertThatThrownBy(() -> repository.save(first.withDueDate(LocalDate.of(2024, 12, 1))))
                .isInstanceOfSatisfying(ConflictException.class,
                        e -> assertThat(e.reason()).isEqualTo(ConflictException.Reason.VERSION_MISMATCH));
        assertThat(repository.get("R-1").dueDate()).isEqualTo(LocalDate.of(2024, 11, 27));
        assertThat(repository.get("R-1").version()).isEqualTo(2);
    }

    @Test
    void savingVersionZeroUnderAnExistingIdIsAlreadyExists() {
        repository.save(foi("R-1", OCT_2, LocalDate.of(2024, 10, 30)));
        assertThatThrownBy(() -> repository.save(foi("R-1", OCT_2, LocalDate.of(2024, 10, 30))))
                .isInstanceOfSatisfying(ConflictException.class,
                        e -> assertThat(e.reason()).isEqualTo(ConflictException.Reason.ALREADY_EXISTS));
    }

    @Test
    void savingAnUnstoredRequestWithAVersionIsAVersionConflict() {
        assertThatThrownBy(() -> repository.save(foi("R-1", OCT_2, null).withVersion(3)))
                .isInstanceOfSatisfying(ConflictException.class,
                        e -> assertThat(e.reason()).isEqualTo(ConflictException.Reason.VERSION_MISMATCH));
    }

    @Test
    void openRequestsAreListedByIdAndClosedOnesAreNot() {
        repository.save(foi("R-2", OCT_2, null));
        repository.save(foi("R-1", OCT_2, null));
        InformationRequest closed = repository.save(foi("R-3", OCT_2, null));
        repository.save(closed.closedOn(OCT_2.plusDays(5), Outcome.WITHDRAWN));

        assertThat(repository.listOpen(PageRequest.first()).items()).extracting(InformationRequest::id)
                .containsExactly("R-1", "R-2");
    }

    @Test
    void dueOnOrBeforeListsOpenRequestsByDueDateThenIdAndSkipsThoseWithNoClock() {
        repository.save(foi("R-1", OCT_2, LocalDate.of(2024, 10, 30)));
        repository.save(foi("R-2", OCT_2, LocalDate.of(2024, 10, 29)));
        repository.save(foi("R-3", OCT_2, LocalDate.of(2024, 10, 31)));
        repository.save(foi("R-4", OCT_2, null));
        repository.save(foi("R-0", OCT_2, LocalDate.of(2024, 10, 30)));
        InformationRequest closed = repository.save(foi("R-5", OCT_2, LocalDate.of(2024, 10, 1)));
        repository.save(closed.closedOn(OCT_2, Outcome.GRANTED));

        assertThat(repository.listDueOnOrBefore(LocalDate.of(2024, 10, 30), PageRequest.first()).items())
                .extracting(InformationRequest::id).containsExactly("R-2", "R-0", "R-1");
    }

    @Test
    void receivedAndClosedBetweenSelectByTheirDatesInclusive() {
        repository.save(foi("R-1", LocalDate.of(2024, 3, 31), null));
        repository.save(foi("R-2", LocalDate.of(2024, 4, 1), null));
        repository.save(foi("R-3", LocalDate.of(2025, 3, 31), null));
        repository.save(foi("R-4", LocalDate.of(2025, 4, 1), null));
        InformationRequest r5 = repository.save(foi("R-5", LocalDate.of(2024, 3, 1), LocalDate.of(2024, 3, 28)));
        repository.save(r5.closedOn(LocalDate.of(2024, 4, 1), Outcome.GRANTED));

        LocalDate from = LocalDate.of(2024, 4, 1);
        LocalDate to = LocalDate.of(2025, 3, 31);
        assertThat(repository.listReceivedBetween(from, to, PageRequest.first()).items())
                .extracting(InformationRequest::id).containsExactly("R-2", "R-3");
        assertThat(repository.listClosedBetween(from, to, PageRequest.first()).items())
                .extracting(InformationRequest::id).containsExactly("R-5");
    }

    @Test
    void everyListPagesThroughEveryItemOnceInOrder() {
        for (int i = 0; i < 23; i++) {
            LocalDate received = OCT_2.plusDays(i % 5);
            repository.save(foi(String.format("R-%02d", i), received, received.plusDays(28 - i % 7)));
        }
        assertPagesThrough(page -> repository.listOpen(page), 23);
        assertPagesThrough(page -> repository.listDueOnOrBefore(LocalDate.of(2025, 1, 1), page), 23);
        assertPagesThrough(page -> repository.listReceivedBetween(OCT_2, OCT_2.plusDays(10), page), 23);
    }

    @Test
    void aCursorThatIsNotOneIsAValidationErrorOnAfter() {
        assertThatThrownBy(() -> repository.listDueOnOrBefore(OCT_2, PageRequest.after("not-a-cursor", 10)))
                .isInstanceOf(ValidationException.class).hasMessageContaining("after");
    }

    @Test
    void concurrentSavesOfOneCopyLetExactlyOneWin() throws Exception {
        InformationRequest stored = repository.save(foi("R-1", OCT_2, LocalDate.of(2024, 10, 30)));
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Boolean>> attempts = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                LocalDate due = LocalDate.of(2024, 11, 1 + t);
                Callable<Boolean> attempt = () -> {
                    try {
                        repository.save(stored.withDueDate(due));
                        return true;
                    } catch (ConflictException e) {
                        return false;
                    }
                };
                attempts.add(pool.submit(attempt));
            }
            int wins = 0;
            for (Future<Boolean> attempt : attempts) {
                wins += attempt.get(60, TimeUnit.SECONDS) ? 1 : 0;
            }
            assertThat(wins).isEqualTo(1);
        } finally {
            pool.shutdownNow();
        }
        assertThat(repository.get("R-1").version()).isEqualTo(2);
    }

    private static void assertPagesThrough(Function<PageRequest, Page<InformationRequest>> list, int expected) {
        List<InformationRequest> all = list.apply(PageRequest.first(PageRequest.MAX_LIMIT)).items();
        List<InformationRequest> paged = new ArrayList<>();
        PageRequest page = PageRequest.first(4);
        while (true) {
            Page<InformationRequest> found = list.apply(page);
            paged.addAll(found.items());
            if (found.isLast()) {
                break;
            }
            page = PageRequest.after(found.nextCursor(), 4);
        }
        assertThat(all).hasSize(expected);
        assertThat(paged).containsExactlyElementsOf(all);
    }

    private static InformationRequest foi(String id, LocalDate received, LocalDate due) {
        return InformationRequest.received(id, RegimeId.FOIA, Nation.ENGLAND, "FOI-" + id,
                RequesterCategory.MEMBER_OF_PUBLIC, received).withDueDate(due);
    }
}
