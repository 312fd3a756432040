package org.igkit.assurance.memory;

import java.util.Optional;
import java.util.List;
import java.util.Objects;

import org.igkit.assurance.port.RoleRepository;
import org.igkit.assurance.roles.RoleAppointment;
import org.igkit.assurance.roles.RoleKind;
import org.igkit.core.paging.Page;
import org.igkit.core.paging.PageRequest;

/** A {@link RoleRepository} in memory, thread-safe. */
public final class InMemoryRoleRepository implements RoleRepository {
    private final VersionedTable<RoleAppointment> table = new VersionedTable<>("role appointment", RoleAppointment::id, RoleAppointment::version, RoleAppointment::withVersion);

    private InMemoryRoleRepository() {
    }

    /** An empty repository. */
    public static InMemoryRoleRepository create() {
        return new InMemoryRoleRepository();
    }

    @Override
    public RoleAppointment save(RoleAppointment row) {
        return table.save(row);
    }

    @Override
    public Optional<RoleAppointment> find(String id) {
        return table.find(id);
    }

    @Override
    public Page<RoleAppointment> list(PageRequest page) {
        return table.list(page, row -> true);
    }

    @Override
    public List<RoleAppointment> ofRole(RoleKind role) {
        Objects.requireNonNull(role, "role");
        return table.all(a -> a.role() == role);
    }
}
