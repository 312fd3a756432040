package org.igkit.store.jdbc.assurance;

import java.util.Optional;

import org.igkit.assurance.policy.Policy;
import org.igkit.assurance.port.PolicyRepository;
import org.igkit.core.paging.Page;
import org.igkit.core.paging.PageRequest;
import org.igkit.json.EntityDocuments;
import org.igkit.store.jdbc.DocumentTable;
import org.igkit.store.jdbc.SqlDialect;
import org.igkit.store.jdbc.Transactions;

/** Policies on the policy log, each with its version table, reviews and triggers, in {@code assurance_policy}: one row a policy, read whole from its document. */
final class JdbcPolicyRepository implements PolicyRepository {
    private final DocumentTable<Policy> table;

    JdbcPolicyRepository(Transactions database, SqlDialect dialect) {
        this.table = DocumentTable.<Policy>builder(database, dialect, "assurance_policy", "policy")
                .identity(Policy::id, Policy::version, Policy::withVersion)
                .document(EntityDocuments::write, json -> EntityDocuments.read(json, Policy.class))
                .build();
    }

    @Override
    public Policy save(Policy policy) {
        return table.save(policy);
    }

    @Override
    public Optional<Policy> find(String id) {
        return table.find(id);
    }

    @Override
    public Page<Policy> list(PageRequest page) {
        return table.listById("1 = 1", java.util.Map.of(), page);
    }
}
