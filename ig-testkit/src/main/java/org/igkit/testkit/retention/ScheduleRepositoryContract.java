package org.igkit.testkit.retention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.igkit.core.error.ConflictException;
import org.igkit.core.paging.Page;
import org.igkit.core.paging.PageRequest;
import org.igkit.retention.port.ScheduleRepository;
import org.igkit.retention.rule.RuleText;
import org.igkit.retention.schedule.EntryRef;
import org.igkit.retention.schedule.SampleSchedules;
import org.igkit.retention.schedule.Schedule;
import org.igkit.retention.schedule.ScheduleEntry;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every {@link ScheduleRepository} adapter must do. */
public abstract class ScheduleRepositoryContract {

    /** A new, empty repository; called before each test. */
    protected abstract ScheduleRepository newRepository();

    private ScheduleRepository repository;

    @BeforeEach
    void fresh() {
        repository = newRepository();
    }

    @Test
    void aSavedScheduleComesBackWholeWithVersionOne() {
        Schedule school = SampleSchedules.school();
        Schedule saved = repository.save(school);
        assertThat(saved.version()).isEqualTo(1);
        assertThat(saved).isEqualTo(school.withVersion(1));
        assertThat(repository.find(school.id())).contains(saved);
        assertThat(repository.find("nope")).isEmpty();
    }

    @Test
    void savingFollowsOptimisticLocking() {
        Schedule saved = repository.save(SampleSchedules.council());
        Schedule next = repository.save(saved.withNewVersionOf(saved.findLatestEntry("HR-1").orElseThrow()
                .withEffective(LocalDate.of(2030, 1, 1), null).withRule(RuleText.parse("employmentEnded + 7y"))));
        assertThat(next.version()).isEqualTo(2);
        assertThatThrownBy(() -> repository.save(saved))
                .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.reason()).isEqualTo(ConflictException.Reason.VERSION_MISMATCH));
        assertThatThrownBy(() -> repository.save(SampleSchedules.council()))
                .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.reason()).isEqualTo(ConflictException.Reason.ALREADY_EXISTS));
        assertThat(repository.find(saved.id())).contains(next);
    }

    @Test
    void theEntryInEffectOnADateIsFoundByItsReference() {
        repository.save(SampleSchedules.school());
        EntryRef s10 = EntryRef.of(SampleSchedules.SCHOOL_ID, "S10");
        assertThat(repository.findEntry(s10, LocalDate.of(2024, 8, 18))).map(ScheduleEntry::id).contains("S10");
        assertThat(repository.findEntry(s10, LocalDate.of(2024, 8, 19))).isEmpty();
        assertThat(repository.findEntry(EntryRef.of(SampleSchedules.SCHOOL_ID, "S21"), LocalDate.of(2026, 1, 1)))
                .map(e -> e.rule().toText()).contains("CFY(processed) + 6y");
        assertThat(repository.findEntry(EntryRef.of("other", "S21"), LocalDate.of(2026, 1, 1))).isEmpty();
    }

    @Test
    void schedulesAreListedByIdInPages() {
        for (String id : List.of("c", "a", "e", "b", "d")) {
            repository.save(Schedule.of(id, "Schedule " + id, "",
                    List.of(ScheduleEntry.of("X", "x", RuleText.parse("closed + 1y"), org.igkit.retention.schedule.DisposalAction.DESTROY))));
        }
        List<String> ids = new ArrayList<>();
        Page<Schedule> page = repository.list(PageRequest.first(2));
        ids.addAll(page.items().stream().map(Schedule::id).toList());
        while (!page.isLast()) {
            page = repository.list(PageRequest.after(page.nextCursor(), 2));
            ids.addAll(page.items().stream().map(Schedule::id).toList());
        }
        assertThat(ids).containsExactly("a", "b", "c", "d", "e");
    }
}
