package org.igkit.testkit.assurance;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.igkit.assurance.port.RoleRepository;
import org.igkit.assurance.roles.RoleAppointment;
import org.igkit.assurance.roles.RoleKind;
import org.igkit.core.paging.Page;
import org.igkit.core.paging.PageRequest;
import org.junit.jupiter.api.Test;

/**
 * What every {@link RoleRepository} adapter must do: the versioned-repository contract ({@link VersionedRepositoryContract})
 * over RoleAppointments (scope, end date, external holders). Extend it and return a fresh, empty repository from {@link #newRepository()}.
 */
public abstract class RoleRepositoryContract extends VersionedRepositoryContract<RoleRepository, RoleAppointment> {
    /** A day the fixtures are dated from. */
    protected static final LocalDate D = LocalDate.of(2025, 9, 1);

    @Override
    protected RoleAppointment aNew(String id) {
        return RoleAppointment.of(id, RoleKind.SIRO, "A Director", D);
    }

    @Override
    protected RoleAppointment aRich(String id) {
        return new RoleAppointment(id, RoleKind.IAO, "s-17", "HR-001", D, D.plusYears(1), true, 0);
    }

    @Override
    protected RoleAppointment changed(RoleAppointment stored) {
        return stored.endedOn(D.plusMonths(6));
    }

    @Override
    protected String idOf(RoleAppointment item) {
        return item.id();
    }

    @Override
    protected long versionOf(RoleAppointment item) {
        return item.version();
    }

    @Override
    protected RoleAppointment withVersion(RoleAppointment item, long version) {
        return item.withVersion(version);
    }

    @Override
    protected RoleAppointment save(RoleAppointment item) {
        return repository.save(item);
    }

    @Override
    protected Optional<RoleAppointment> find(String id) {
        return repository.find(id);
    }

    @Override
    protected RoleAppointment get(String id) {
        return repository.get(id);
    }

    @Override
    protected Page<RoleAppointment> list(PageRequest page) {
        return repository.list(page);
    }

    @Test
    void appointmentsAreFoundByRoleInIdOrder() {
        save(RoleAppointment.of("r-2", RoleKind.DPO, "Schools DPO Service", D));
        save(RoleAppointment.of("r-1", RoleKind.DPO, "Old DPO", D.minusYears(3)).endedOn(D.minusDays(1)));
        save(RoleAppointment.scoped("r-3", RoleKind.IAO, "s-1", "HR-001", D));

        assertThat(repository.ofRole(RoleKind.DPO)).extracting(RoleAppointment::id).containsExactly("r-1", "r-2");
        assertThat(repository.ofRole(RoleKind.CALDICOTT_GUARDIAN)).isEmpty();
    }
}
