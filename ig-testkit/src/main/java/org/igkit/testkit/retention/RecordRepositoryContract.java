package org.igkit.testkit.retention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.igkit.core.error.ConflictException;
import org.igkit.core.error.ValidationException;
import org.igkit.core.paging.Page;
import org.igkit.core.paging.PageRequest;
import org.igkit.retention.calculation.Status;
import org.igkit.retention.port.RecordRepository;
import org.igkit.retention.record.Disposal;
import org.igkit.retention.record.RetainedRecord;
import org.igkit.retention.review.Review;
import org.igkit.retention.rule.Offset;
import org.igkit.retention.rule.RecordFacts;
import org.igkit.retention.schedule.DisposalAction;
import org.igkit.retention.schedule.EntryRef;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every {@link RecordRepository} adapter must do. */
public abstract class RecordRepositoryContract {
    private static final EntryRef INVOICES = EntryRef.of("sample-school", "S21");
    private static final EntryRef STAFF = EntryRef.of("sample-school", "S16");
    private static final LocalDate TODAY = LocalDate.of(2026, 5, 9);

    /** A new, empty repository; called before each test. */
    protected abstract RecordRepository newRepository();

    private RecordRepository repository;

    @BeforeEach
    void fresh() {
        repository = newRepository();
    }

    private static RetainedRecord dated(String id, EntryRef entry, String due) {
        LocalDate date = LocalDate.parse(due);
        Status status = date.isAfter(TODAY) ? Status.NOT_YET_DUE : Status.DUE;
        return new RetainedRecord(id, entry, RecordFacts.none().withDate("processed", date.minusYears(6)).withFlag("lookedAfter", false),
                List.of(), date, status, TODAY, null, 0);
    }

    @Test
    void aSavedRecordComesBackWholeWithVersionOne() {
        RetainedRecord record = new RetainedRecord("R-1", STAFF,
                RecordFacts.none().withDate("employmentEnded", LocalDate.of(2019, 3, 31)).withFlag("allegations", false),
                List.of(Review.extend(LocalDate.of(2025, 1, 2), Offset.of(1, 2, 3), "tribunal pending").withReviewer("dpo"),
                        Review.extendUntil(LocalDate.of(2025, 2, 2), LocalDate.of(2031, 1, 1), "claim")
                                .withNextAction(DisposalAction.REVIEW)),
                LocalDate.of(2031, 1, 1), Status.NOT_YET_DUE, TODAY, null, 0);
        RetainedRecord saved = repository.save(record);
        assertThat(saved).isEqualTo(record.withVersion(1));
        assertThat(repository.find("R-1")).contains(saved);
        assertThat(repository.find("R-2")).isEmpty();
        RetainedRecord pending = RetainedRecord.of("R-3", STAFF, RecordFacts.none());
        assertThat(repository.save(pending)).isEqualTo(pending.withVersion(1));
    }

    @Test
    void savingFollowsOptimisticLocking() {
        RetainedRecord saved = repository.save(dated("R-1", INVOICES, "2019-03-31"));
        RetainedRecord disposed = repository.save(saved.withDisposal(
                new Disposal("B-1", DisposalAction.SECURE_DESTROY, Instant.parse("2026-05-09T10:00:00Z"), "records.manager")));
        assertThat(disposed.version()).isEqualTo(2);
        assertThat(repository.find("R-1")).contains(disposed);
        assertThatThrownBy(() -> repository.save(saved))
                .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.reason()).isEqualTo(ConflictException.Reason.VERSION_MISMATCH));
        assertThatThrownBy(() -> repository.save(dated("R-1", INVOICES, "2019-03-31")))
                .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.reason()).isEqualTo(ConflictException.Reason.ALREADY_EXISTS));
        assertThatThrownBy(() -> repository.save(dated("R-9", INVOICES, "2019-03-31").withVersion(3)))
                .isInstanceOf(ConflictException.class);
    }

    @Test
    void dueRecordsAreListedByDueDateThenIdInPagesAndDisposedOnesAreLeftOut() {
        repository.save(dated("R-5", INVOICES, "2020-03-31"));
        repository.save(dated("R-2", INVOICES, "2019-03-31"));
        repository.save(dated("R-4", STAFF, "2019-03-31"));
        repository.save(dated("R-1", INVOICES, "2026-05-09"));
        repository.save(dated("R-3", INVOICES, "2026-05-10"));
        repository.save(RetainedRecord.of("R-6", INVOICES, RecordFacts.none()));
        RetainedRecord gone = repository.save(dated("R-7", INVOICES, "2018-03-31"));
        repository.save(gone.withDisposal(new Disposal("B-1", DisposalAction.DESTROY, Instant.parse("2026-01-01T00:00:00Z"), "x")));
        List<String> ids = new ArrayList<>();
        Page<RetainedRecord> page = repository.listDueOnOrBefore(TODAY, PageRequest.first(2));
        ids.addAll(page.items().stream().map(RetainedRecord::id).toList());
        while (!page.isLast()) {
            page = repository.listDueOnOrBefore(TODAY, PageRequest.after(page.nextCursor(), 2));
            ids.addAll(page.items().stream().map(RetainedRecord::id).toList());
        }
        assertThat(ids).containsExactly("R-2", "R-4", "R-5", "R-1");
    }

    @Test
    void aRecordAddedBehindTheCursorIsNeitherRepeatedNorSkippedAhead() {
        repository.save(dated("R-1", INVOICES, "2019-03-31"));
        repository.save(dated("R-2", INVOICES, "2020-03-31"));
        repository.save(dated("R-3", INVOICES, "2021-03-31"));
        Page<RetainedRecord> first = repository.listDueOnOrBefore(TODAY, PageRequest.first(2));
        repository.save(dated("R-0", INVOICES, "2018-03-31"));
        Page<RetainedRecord> second = repository.listDueOnOrBefore(TODAY, PageRequest.after(first.nextCursor(), 2));
        assertThat(second.items()).extracting(RetainedRecord::id).containsExactly("R-3");
    }

    @Test
    void aMalformedCursorIsAValidationErrorOnAfter() {
        assertThatThrownBy(() -> repository.listDueOnOrBefore(TODAY, PageRequest.after("garbage", 10)))
                .isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.violations().get(0).path()).isEqualTo("after"));
    }

    @Test
    void recordsOfAnEntryAreListedByIdInPages() {
        for (String id : List.of("R-3", "R-1", "R-2", "R-4")) {
            repository.save(dated(id, INVOICES, "2019-03-31"));
        }
        repository.save(dated("R-0", STAFF, "2019-03-31"));
        List<String> ids = new ArrayList<>();
        Page<RetainedRecord> page = repository.listByEntry(INVOICES, PageRequest.first(3));
        ids.addAll(page.items().stream().map(RetainedRecord::id).toList());
        while (!page.isLast()) {
            page = repository.listByEntry(INVOICES, PageRequest.after(page.nextCursor(), 3));
            ids.addAll(page.items().stream().map(RetainedRecord::id).toList());
        }
        assertThat(ids).containsExactly("R-1", "R-2", "R-3", "R-4");
    }
}
