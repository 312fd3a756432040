package org.igkit.assurance.memory;

import java.util.Optional;

import org.igkit.assurance.port.CourseRepository;
import org.igkit.assurance.training.Course;
import org.igkit.core.paging.Page;
import org.igkit.core.paging.PageRequest;

/** A {@link CourseRepository} in memory, thread-safe. */
public final class InMemoryCourseRepository implements CourseRepository {
    private final VersionedTable<Course> table = new VersionedTable<>("training course", Course::id, Course::version, Course::withVersion);

    private InMemoryCourseRepository() {
    }

    /** An empty repository. */
    public static InMemoryCourseRepository create() {
        return new InMemoryCourseRepository();
    }

    @Override
    public Course save(Course row) {
        return table.save(row);
    }

    @Override
    public Optional<Course> find(String id) {
        return table.find(id);
    }

    @Override
    public Page<Course> list(PageRequest page) {
        return table.list(page, row -> true);
    }
}
