package org.igkit.store.jdbc.assurance;

import java.util.Optional;

import org.igkit.assurance.port.CourseRepository;
import org.igkit.assurance.training.Course;
import org.igkit.core.paging.Page;
import org.igkit.core.paging.PageRequest;
import org.igkit.json.EntityDocuments;
import org.igkit.store.jdbc.DocumentTable;
import org.igkit.store.jdbc.SqlDialect;
import org.igkit.store.jdbc.Transactions;

/** Training courses, in {@code assurance_course}: one row a training course, read whole from its document. */
final class JdbcCourseRepository implements CourseRepository {
    private final DocumentTable<Course> table;

    JdbcCourseRepository(Transactions database, SqlDialect dialect) {
        this.table = DocumentTable.<Course>builder(database, dialect, "assurance_course", "training course")
                .identity(Course::id, Course::version, Course::withVersion)
                .document(EntityDocuments::write, json -> EntityDocuments.read(json, Course.class))
                .build();
    }

    @Override
    public Course save(Course course) {
        return table.save(course);
    }

    @Override
    public Optional<Course> find(String id) {
        return table.find(id);
    }

    @Override
    public Page<Course> list(PageRequest page) {
        return table.listById("1 = 1", java.util.Map.of(), page);
    }
}
