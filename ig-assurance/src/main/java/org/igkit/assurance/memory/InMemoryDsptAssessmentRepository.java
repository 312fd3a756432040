package org.igkit.assurance.memory;

import java.util.Optional;

import org.igkit.assurance.dspt.DsptAssessment;
import org.igkit.assurance.port.DsptAssessmentRepository;
import org.igkit.core.paging.Page;
import org.igkit.core.paging.PageRequest;

/** A {@link DsptAssessmentRepository} in memory, thread-safe. */
public final class InMemoryDsptAssessmentRepository implements DsptAssessmentRepository {
    private final VersionedTable<DsptAssessment> table = new VersionedTable<>("DSPT assessment", DsptAssessment::id, DsptAssessment::version, DsptAssessment::withVersion);

    private InMemoryDsptAssessmentRepository() {
    }

    /** An empty repository. */
    public static InMemoryDsptAssessmentRepository create() {
        return new InMemoryDsptAssessmentRepository();
    }

    @Override
    public DsptAssessment save(DsptAssessment row) {
        return table.save(row);
    }

    @Override
    public Optional<DsptAssessment> find(String id) {
        return table.find(id);
    }

    @Override
    public Page<DsptAssessment> list(PageRequest page) {
        return table.list(page, row -> true);
    }
}
