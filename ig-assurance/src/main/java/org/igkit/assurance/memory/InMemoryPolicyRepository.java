package org.igkit.assurance.memory;

import java.util.Optional;

import org.igkit.assurance.policy.Policy;
import org.igkit.assurance.port.PolicyRepository;
import org.igkit.core.paging.Page;
import org.igkit.core.paging.PageRequest;

/** A {@link PolicyRepository} in memory, thread-safe. */
public final class InMemoryPolicyRepository implements PolicyRepository {
    private final VersionedTable<Policy> table = new VersionedTable<>("policy", Policy::id, Policy::version, Policy::withVersion);

    private InMemoryPolicyRepository() {
    }

    /** An empty repository. */
    public static InMemoryPolicyRepository create() {
        return new InMemoryPolicyRepository();
    }

    @Override
    public Policy save(Policy row) {
        return table.save(row);
    }

    @Override
    public Optional<Policy> find(String id) {
        return table.find(id);
    }

    @Override
    public Page<Policy> list(PageRequest page) {
        return table.list(page, row -> true);
    }
}
