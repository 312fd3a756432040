package org.igkit.assurance.memory;

import java.util.Optional;
import java.util.List;

import org.igkit.assurance.port.StaffRepository;
import org.igkit.assurance.staff.StaffMember;
import org.igkit.core.paging.Page;
import org.igkit.core.paging.PageRequest;

/** A {@link StaffRepository} in memory, thread-safe. */
public final class InMemoryStaffRepository implements StaffRepository {
    private final VersionedTable<StaffMember> table = new VersionedTable<>("staff member", StaffMember::id, StaffMember::version, StaffMember::withVersion);

    private InMemoryStaffRepository() {
    }

    /** An empty repository. */
    public static InMemoryStaffRepository create() {
        return new InMemoryStaffRepository();
    }

    @Override
    public StaffMember save(StaffMember row) {
        return table.save(row);
    }

    @Override
    public Optional<StaffMember> find(String id) {
        return table.find(id);
    }

    @Override
    public Page<StaffMember> list(PageRequest page) {
        return table.list(page, row -> true);
    }

    @Override
    public List<StaffMember> saveAll(List<StaffMember> batch) {
        return table.saveAll(List.copyOf(batch));
    }
}
