package org.igkit.assurance.port;

import java.util.List;

import org.igkit.assurance.training.Completion;
import org.igkit.core.paging.Page;
import org.igkit.core.paging.PageRequest;

/** The storage of training completions, an append-only set of facts. Adapters must pass {@code CompletionRepositoryContract}. */
public interface CompletionRepository {

    /** Records {@code completion}; false (and nothing written) when one with its key is already held. */
    boolean add(Completion completion);

    /** Records every completion of {@code batch} in one go and returns how many were new (duplicates are skipped). */
    int addAll(List<Completion> batch);

    /** Every completion, in key order, a page at a time; the cursor is the last key read. */
    Page<Completion> list(PageRequest page);

    /** The completions of one member of staff, in key order. */
    List<Completion> forStaff(String staffId);

    /** The completions of one course, in key order, a page at a time. */
    Page<Completion> forCourse(String courseId, PageRequest page);
}
