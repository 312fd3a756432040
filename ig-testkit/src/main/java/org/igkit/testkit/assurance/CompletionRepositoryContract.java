package org.igkit.testkit.assurance;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.igkit.assurance.port.CompletionRepository;
import org.igkit.assurance.training.Completion;
import org.igkit.core.paging.Page;
import org.igkit.core.paging.PageRequest;
import org.junit.jupiter.api.Test;

/**
 * What every {@link CompletionRepository} adapter must do: the fact-repository contract ({@link FactRepositoryContract}) over
 * Completions, and the completions of one course paged. Extend it and return a fresh, empty repository from {@link #newRepository()}.
 */
public abstract class CompletionRepositoryContract extends FactRepositoryContract<CompletionRepository, Completion> {
    /** A day the fixtures are dated from. */
    protected static final LocalDate D = LocalDate.of(2025, 9, 1);

    @Override
    protected String keyOf(Completion fact) {
        return fact.key();
    }

    @Override
    protected boolean add(Completion fact) {
        return repository.add(fact);
    }

    @Override
    protected int addAll(List<Completion> batch) {
        return repository.addAll(batch);
    }

    @Override
    protected Page<Completion> list(PageRequest page) {
        return repository.list(page);
    }

    @Override
    protected List<Completion> forStaff(String staffId) {
        return repository.forStaff(staffId);
    }

    @Override
    protected Completion aFact(String staffId, int n) {
        return Completion.of(staffId, "course-" + n, D.plusDays(n));
    }

    @Test
    void theCompletionsOfOneCourseAreListedAPageAtATime() {
        List<Completion> batch = new ArrayList<>();
        for (int s = 0; s < 5; s++) {
            batch.add(Completion.of("s-" + s, "dp", D));
            batch.add(Completion.of("s-" + s, "dp", D.minusYears(1)));
            batch.add(Completion.of("s-" + s, "cyber", D));
        }
        repository.addAll(batch);

        List<Completion> read = new ArrayList<>();
        Page<Completion> page = repository.forCourse("dp", PageRequest.first(3));
        read.addAll(page.items());
        while (!page.isLast()) {
            page = repository.forCourse("dp", PageRequest.after(page.nextCursor(), 3));
            read.addAll(page.items());
        }
        assertThat(read).hasSize(10).allSatisfy(c -> assertThat(c.courseId()).isEqualTo("dp"));
        assertThat(read).extracting(Completion::key).isSorted();
    }
}
