package org.igkit.testkit.assurance;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.igkit.assurance.port.CourseRepository;
import org.igkit.assurance.training.Course;
import org.igkit.assurance.training.NewStarterDeadline;
import org.igkit.core.paging.Page;
import org.igkit.core.paging.PageRequest;
import org.junit.jupiter.api.Test;

/**
 * What every {@link CourseRepository} adapter must do: the versioned-repository contract ({@link VersionedRepositoryContract})
 * over Courses (both kinds of new-starter deadline, no refresher). Extend it and return a fresh, empty repository from {@link #newRepository()}.
 */
public abstract class CourseRepositoryContract extends VersionedRepositoryContract<CourseRepository, Course> {
    /** A day the fixtures are dated from. */
    protected static final LocalDate D = LocalDate.of(2025, 9, 1);

    @Override
    protected Course aNew(String id) {
        return Course.mandatory(id, "Data protection awareness", Period.ofMonths(12), NewStarterDeadline.byProbationEnd());
    }

    @Override
    protected Course aRich(String id) {
        return Course.forRoles(id, "Safeguarding records", Set.of("dsl", "deputy-dsl"), Period.ofYears(2),
                NewStarterDeadline.afterStart(Period.ofDays(28)));
    }

    @Override
    protected Course changed(Course stored) {
        return new Course(stored.id(), stored.title() + " (revised)", stored.mandatory(), stored.roles(), null,
                stored.newStarterDeadline(), stored.version());
    }

    @Override
    protected String idOf(Course item) {
        return item.id();
    }

    @Override
    protected long versionOf(Course item) {
        return item.version();
    }

    @Override
    protected Course withVersion(Course item, long version) {
        return item.withVersion(version);
    }

    @Override
    protected Course save(Course item) {
        return repository.save(item);
    }

    @Override
    protected Optional<Course> find(String id) {
        return repository.find(id);
    }

    @Override
    protected Course get(String id) {
        return repository.get(id);
    }

    @Override
    protected Page<Course> list(PageRequest page) {
        return repository.list(page);
    }
}
