package org.igkit.testkit.assurance;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.igkit.assurance.port.StaffRepository;
import org.igkit.assurance.staff.Absence;
import org.igkit.assurance.staff.StaffMember;
import org.igkit.core.error.ConflictException;
import org.igkit.core.error.ValidationException;
import org.igkit.core.paging.Page;
import org.igkit.core.paging.PageRequest;
import org.junit.jupiter.api.Test;

/**
 * What every {@link StaffRepository} adapter must do: the versioned-repository contract ({@link VersionedRepositoryContract})
 * over StaffMembers (probation, first access, leaving date, absences, roles), saved one by one or as a whole batch. Extend it and return a fresh, empty repository from {@link #newRepository()}.
 */
public abstract class StaffRepositoryContract extends VersionedRepositoryContract<StaffRepository, StaffMember> {
    /** A day the fixtures are dated from. */
    protected static final LocalDate D = LocalDate.of(2025, 9, 1);

    @Override
    protected StaffMember aNew(String id) {
        return StaffMember.of(id, "Alex Smith", "Finance", D);
    }

    @Override
    protected StaffMember aRich(String id) {
        return aNew(id).withProbationEndsOn(D.plusMonths(6)).withFirstAccessOn(D.plusDays(2)).withLeftOn(D.plusYears(2))
                .withAbsence(new Absence(D.plusMonths(8), D.plusMonths(10), "maternity leave"))
                .withAbsence(Absence.from(D.plusYears(1), "long-term sickness")).withRoles(Set.of("dsl", "iao"));
    }

    @Override
    protected StaffMember changed(StaffMember stored) {
        return stored.withLeftOn(D.plusYears(5));
    }

    @Override
    protected String idOf(StaffMember item) {
        return item.id();
    }

    @Override
    protected long versionOf(StaffMember item) {
        return item.version();
    }

    @Override
    protected StaffMember withVersion(StaffMember item, long version) {
        return item.withVersion(version);
    }

    @Override
    protected StaffMember save(StaffMember item) {
        return repository.save(item);
    }

    @Override
    protected Optional<StaffMember> find(String id) {
        return repository.find(id);
    }

    @Override
    protected StaffMember get(String id) {
        return repository.get(id);
    }

    @Override
    protected Page<StaffMember> list(PageRequest page) {
        return repository.list(page);
    }

    @Test
    void aBatchIsSavedWhole() {
        List<StaffMember> saved = repository.saveAll(List.of(aNew("b-1"), aNew("b-2")));

        assertThat(saved).extracting(StaffMember::version).containsExactly(1L, 1L);
        assertThat(repository.get("b-2")).isEqualTo(saved.get(1));
        List<StaffMember> again = repository.saveAll(List.of(changed(saved.get(0)), aNew("b-3")));
        assertThat(again).extracting(StaffMember::version).containsExactly(2L, 1L);
    }

    @Test
    void aBatchWithOneRefusalWritesNothing() {
        StaffMember stored = save(aNew("b-1"));
        save(changed(stored));

        assertThatThrownBy(() -> repository.saveAll(List.of(aNew("b-9"), changed(stored))))
                .isInstanceOf(ConflictException.class);
        assertThat(repository.find("b-9")).isEmpty();
        assertThatThrownBy(() -> repository.saveAll(List.of(aNew("b-8"), aNew("b-8"))))
                .isInstanceOf(ValidationException.class);
        assertThat(repository.find("b-8")).isEmpty();
    }
}
