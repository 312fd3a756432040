package org.igkit.assurance.memory;

import java.util.List;
import java.util.Objects;

import org.igkit.assurance.training.Completion;
import org.igkit.assurance.port.CompletionRepository;
import org.igkit.core.paging.Page;
import org.igkit.core.paging.PageRequest;

/** An {@link CompletionRepository} in memory, thread-safe. */
public final class InMemoryCompletionRepository implements CompletionRepository {
    private final FactTable<Completion> table = new FactTable<>(Completion::key);

    private InMemoryCompletionRepository() {
    }

    /** An empty repository. */
    public static InMemoryCompletionRepository create() {
        return new InMemoryCompletionRepository();
    }

    @Override
    public boolean add(Completion completion) {
        return table.add(completion);
    }

    @Override
    public int addAll(List<Completion> batch) {
        return table.addAll(List.copyOf(batch));
    }

    @Override
    public Page<Completion> list(PageRequest page) {
        return table.list(page, a -> true);
    }

    @Override
    public List<Completion> forStaff(String staffId) {
        Objects.requireNonNull(staffId, "staffId");
        return table.all(a -> a.staffId().equals(staffId));
    }

    @Override
    public Page<Completion> forCourse(String courseId, PageRequest page) {
        Objects.requireNonNull(courseId, "courseId");
        return table.list(page, a -> a.courseId().equals(courseId));
    }
}
