package org.igkit.store.jdbc.assurance;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.igkit.assurance.port.RoleRepository;
import org.igkit.assurance.roles.RoleAppointment;
import org.igkit.assurance.roles.RoleKind;
import org.igkit.core.paging.Page;
import org.igkit.core.paging.PageRequest;
import org.igkit.json.EntityDocuments;
import org.igkit.store.jdbc.DocumentTable;
import org.igkit.store.jdbc.SqlDialect;
import org.igkit.store.jdbc.Transactions;

/** Appointments to the named IG roles, with the role as a column of its own, in {@code assurance_role_appointment}: one row a role appointment, read whole from its document. */
final class JdbcRoleRepository implements RoleRepository {
    private final DocumentTable<RoleAppointment> table;

    JdbcRoleRepository(Transactions database, SqlDialect dialect) {
        this.table = DocumentTable.<RoleAppointment>builder(database, dialect, "assurance_role_appointment", "role appointment")
                .identity(RoleAppointment::id, RoleAppointment::version, RoleAppointment::withVersion)
                .document(EntityDocuments::write, json -> EntityDocuments.read(json, RoleAppointment.class))
                .column("role", a -> a.role().name())
                .build();
    }

    @Override
    public RoleAppointment save(RoleAppointment roleAppointment) {
        return table.save(roleAppointment);
    }

    @Override
    public Optional<RoleAppointment> find(String id) {
        return table.find(id);
    }

    @Override
    public Page<RoleAppointment> list(PageRequest page) {
        return table.listById("1 = 1", java.util.Map.of(), page);
    }

    @Override
    public List<RoleAppointment> ofRole(RoleKind role) {
        return Page.all(p -> table.listById("role = :role", Map.of("role", role.name()), p)).toList();
    }
}
