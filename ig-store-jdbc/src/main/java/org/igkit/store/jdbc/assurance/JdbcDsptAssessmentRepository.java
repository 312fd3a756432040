package org.igkit.store.jdbc.assurance;

import java.util.Optional;

import org.igkit.assurance.dspt.DsptAssessment;
import org.igkit.assurance.port.DsptAssessmentRepository;
import org.igkit.core.paging.Page;
import org.igkit.core.paging.PageRequest;
import org.igkit.json.EntityDocuments;
import org.igkit.store.jdbc.DocumentTable;
import org.igkit.store.jdbc.SqlDialect;
import org.igkit.store.jdbc.Transactions;

/** DSPT assessments, one per organisation and year, in {@code assurance_dspt_assessment}: one row a DSPT assessment, read whole from its document. */
final class JdbcDsptAssessmentRepository implements DsptAssessmentRepository {
    private final DocumentTable<DsptAssessment> table;

    JdbcDsptAssessmentRepository(Transactions database, SqlDialect dialect) {
        this.table = DocumentTable.<DsptAssessment>builder(database, dialect, "assurance_dspt_assessment", "DSPT assessment")
                .identity(DsptAssessment::id, DsptAssessment::version, DsptAssessment::withVersion)
                .document(EntityDocuments::write, json -> EntityDocuments.read(json, DsptAssessment.class))
                .build();
    }

    @Override
    public DsptAssessment save(DsptAssessment dsptAssessment) {
        return table.save(dsptAssessment);
    }

    @Override
    public Optional<DsptAssessment> find(String id) {
        return table.find(id);
    }

    @Override
    public Page<DsptAssessment> list(PageRequest page) {
        return table.listById("1 = 1", java.util.Map.of(), page);
    }
}
