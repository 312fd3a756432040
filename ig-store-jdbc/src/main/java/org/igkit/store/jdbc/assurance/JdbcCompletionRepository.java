package org.igkit.store.jdbc.assurance;

import java.util.List;

import org.igkit.assurance.port.CompletionRepository;
import org.igkit.assurance.training.Completion;
import org.igkit.core.paging.Page;
import org.igkit.core.paging.PageRequest;
import org.igkit.json.EntityDocuments;
import org.igkit.store.jdbc.FactTable;
import org.igkit.store.jdbc.SqlDialect;
import org.igkit.store.jdbc.Transactions;

/** Completions in {@code assurance_completion}, one row a fact under its key; adding one already held writes nothing. */
final class JdbcCompletionRepository implements CompletionRepository {
    private final FactTable<Completion> table;

    JdbcCompletionRepository(Transactions database, SqlDialect dialect) {
        this.table = new FactTable<>(database, dialect, "assurance_completion", "training completion", Completion::key, "staff_id",
                Completion::staffId, "course_id", Completion::courseId, EntityDocuments::write,
                json -> EntityDocuments.read(json, Completion.class));
    }

    @Override
    public boolean add(Completion completion) {
        return table.add(completion);
    }

    @Override
    public int addAll(List<Completion> batch) {
        return table.addAll(batch);
    }

    @Override
    public Page<Completion> list(PageRequest page) {
        return table.list(null, null, page);
    }

    @Override
    public List<Completion> forStaff(String staffId) {
        return table.all("staff_id", staffId);
    }

    @Override
    public Page<Completion> forCourse(String courseId, PageRequest page) {
        return table.list("course_id", courseId, page);
    }
}
