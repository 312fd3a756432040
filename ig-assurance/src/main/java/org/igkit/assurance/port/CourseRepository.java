package org.igkit.assurance.port;

import java.util.Optional;

import org.igkit.assurance.training.Course;
import org.igkit.core.error.NotFoundException;
import org.igkit.core.paging.Page;
import org.igkit.core.paging.PageRequest;

/** The storage of training courses. Adapters must pass {@code CourseRepositoryContract} in ig-testkit. */
public interface CourseRepository {

    /**
     * Stores {@code course} if the stored version equals its version (0 for a new one) and returns the stored copy, whose
     * version is one more.
     *
     * @throws org.igkit.core.error.ConflictException {@code ALREADY_EXISTS} when version 0 is saved under an id that
     *                                                exists; {@code VERSION_MISMATCH} when the stored version differs
     * @throws NotFoundException                      when a version above 0 is saved under an unknown id
     */
    Course save(Course course);

    /** The training course with this id, if any. */
    Optional<Course> find(String id);

    /**
     * The training course with this id.
     *
     * @throws NotFoundException when there is none
     */
    default Course get(String id) {
        return find(id).orElseThrow(() -> new NotFoundException("training course", id));
    }

    /**
     * Every training course, in ascending id order, a page at a time; the cursor is the last id read (a cursor that is not an id is
     * a {@link org.igkit.core.error.ValidationException} on {@code after}).
     */
    Page<Course> list(PageRequest page);
}
