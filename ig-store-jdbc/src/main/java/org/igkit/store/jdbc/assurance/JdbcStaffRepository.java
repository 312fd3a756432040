package org.igkit.store.jdbc.assurance;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.igkit.assurance.port.StaffRepository;
import org.igkit.assurance.staff.StaffMember;
import org.igkit.core.error.ValidationException;
import org.igkit.core.paging.Page;
import org.igkit.core.paging.PageRequest;
import org.igkit.json.EntityDocuments;
import org.igkit.store.jdbc.DocumentTable;
import org.igkit.store.jdbc.SqlDialect;
import org.igkit.store.jdbc.Transactions;

/** The staff the training and attestation rules count, in {@code assurance_staff}: one row a staff member, read whole from its document. */
final class JdbcStaffRepository implements StaffRepository {
    private final Transactions database;
    private final DocumentTable<StaffMember> table;

    JdbcStaffRepository(Transactions database, SqlDialect dialect) {
        this.database = database;
        this.table = DocumentTable.<StaffMember>builder(database, dialect, "assurance_staff", "staff member")
                .identity(StaffMember::id, StaffMember::version, StaffMember::withVersion)
                .document(EntityDocuments::write, json -> EntityDocuments.read(json, StaffMember.class))
                .build();
    }

    @Override
    public StaffMember save(StaffMember staffMember) {
        return table.save(staffMember);
    }

    @Override
    public Optional<StaffMember> find(String id) {
        return table.find(id);
    }

    @Override
    public Page<StaffMember> list(PageRequest page) {
        return table.listById("1 = 1", java.util.Map.of(), page);
    }

    @Override
    public List<StaffMember> saveAll(List<StaffMember> batch) {
        Objects.requireNonNull(batch, "batch");
        Set<String> ids = new HashSet<>();
        for (StaffMember member : batch) {
            if (!ids.add(Objects.requireNonNull(member, "batch[]").id())) {
                throw new ValidationException("batch", "holds two members with the id " + member.id(), member.id());
            }
        }
        // all or none: the saves join one write transaction, which a refusal rolls back
        return database.write("saving " + batch.size() + " staff members", h -> {
            List<StaffMember> saved = new ArrayList<>();
            for (StaffMember member : batch) {
                saved.add(table.saveOn(h, member));
            }
            return saved;
        });
    }
}
