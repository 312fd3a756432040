package org.igkit.assurance.register;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.igkit.assurance.port.CompletionRepository;
import org.igkit.assurance.port.CourseRepository;
import org.igkit.assurance.port.StaffRepository;
import org.igkit.assurance.staff.StaffMember;
import org.igkit.assurance.training.Completion;
import org.igkit.assurance.training.Course;
import org.igkit.assurance.training.TrainingCompliance;
import org.igkit.assurance.training.TrainingRule;
import org.igkit.core.error.ValidationException;
import org.igkit.core.paging.Page;

/** The staff list, the training courses and completions, and compliance. */
public final class TrainingRegister {
    /** The audit subject type of staff. */
    public static final String STAFF_SUBJECT = "staff member";
    /** The audit subject type of courses. */
    public static final String COURSE_SUBJECT = "training course";
    /** The audit subject type of completions. */
    public static final String COMPLETION_SUBJECT = "training completion";
    /** A member of staff added or replaced. */
    public static final String STAFF_SAVED_ACTION = "staff.saved";
    /** A batch of staff saved (an import). */
    public static final String STAFF_BATCH_SAVED_ACTION = "staff.batch-saved";
    /** A course added or replaced. */
    public static final String COURSE_SAVED_ACTION = "course.saved";
    /** A completion recorded. */
    public static final String COMPLETION_RECORDED_ACTION = "completion.recorded";
    /** A batch of completions recorded (an import). */
    public static final String COMPLETION_BATCH_RECORDED_ACTION = "completion.batch-recorded";

    private final StaffRepository staff;
    private final CourseRepository courses;
    private final CompletionRepository completions;
    private final Changes changes;
    private final TrainingRule rule;

    TrainingRegister(StaffRepository staff, CourseRepository courses, CompletionRepository completions,
            Changes changes, TrainingRule rule) {
        this.staff = staff;
        this.courses = courses;
        this.completions = completions;
        this.changes = changes;
        this.rule = rule;
    }

    /** Adds (version 0) or replaces (at its version) a member of staff. */
    public StaffMember saveStaff(StaffMember member, String actor) {
        Objects.requireNonNull(member, "member");
        return changes.run("saving staff member " + member.id(), actor, STAFF_SAVED_ACTION, STAFF_SUBJECT,
                () -> staff.save(member), StaffMember::id,
                m -> Map.of("version", Long.toString(m.version()), "team", m.team()));
    }

    /** Saves a batch of staff, all or none, with one audit entry naming {@code batchId}. */
    public List<StaffMember> saveStaff(String batchId, List<StaffMember> batch, String actor) {
        Objects.requireNonNull(batch, "batch");
        Objects.requireNonNull(actor, "actor");
        return changes.unit("saving staff batch " + batchId, () -> {
            List<StaffMember> saved = staff.saveAll(batch);
            changes.audit(actor, STAFF_BATCH_SAVED_ACTION, STAFF_SUBJECT, batchId,
                    Map.of("rows", Integer.toString(saved.size())));
            return saved;
        });
    }

    /**
     * Imports a batch of staff, all or none, with one audit entry naming {@code batchId}: a member already stored is
     * replaced whatever its version (the import is the master copy). Returns how many were new.
     *
     * @throws ValidationException on {@code [i].id} when two rows share an id
     */
    public int importStaff(String batchId, List<StaffMember> batch, String actor) {
        Objects.requireNonNull(batch, "batch");
        Objects.requireNonNull(actor, "actor");
        return changes.unit("importing staff batch " + batchId, () -> {
            java.util.Map<String, Integer> seen = new java.util.HashMap<>();
            ValidationException.Collector problems = ValidationException.collector();
            for (int i = 0; i < batch.size(); i++) {
                Integer first = seen.putIfAbsent(batch.get(i).id(), i);
                if (first != null) {
                    problems.add("[" + i + "].id", "repeats an id given earlier in the batch", batch.get(i).id());
                }
            }
            problems.throwIfAny();
            int[] added = {0};
            List<StaffMember> versioned = batch.stream().map(m -> staff.find(m.id()).map(s -> m.withVersion(s.version()))
                    .orElseGet(() -> {
                        added[0]++;
                        return m.withVersion(0);
                    })).toList();
            staff.saveAll(versioned);
            changes.audit(actor, STAFF_BATCH_SAVED_ACTION, STAFF_SUBJECT, batchId,
                    Map.of("rows", Integer.toString(batch.size()), "added", Integer.toString(added[0])));
            return added[0];
        });
    }

    /** Adds (version 0) or replaces (at its version) a course. */
    public Course saveCourse(Course course, String actor) {
        Objects.requireNonNull(course, "course");
        return changes.run("saving course " + course.id(), actor, COURSE_SAVED_ACTION, COURSE_SUBJECT,
                () -> courses.save(course), Course::id,
                c -> Map.of("version", Long.toString(c.version()), "mandatory", Boolean.toString(c.mandatory())));
    }

    /**
     * Records a completion by a known member of staff of a known course; true when new.
     *
     * @throws ValidationException on {@code staffId} or {@code courseId} when unknown
     */
    public boolean recordCompletion(Completion completion, String actor) {
        Objects.requireNonNull(completion, "completion");
        Objects.requireNonNull(actor, "actor");
        return changes.unit("recording completion " + completion.key(), () -> {
            check(completion);
            boolean added = completions.add(completion);
            if (added) {
                changes.audit(actor, COMPLETION_RECORDED_ACTION, COMPLETION_SUBJECT, completion.key(),
                        Map.of("courseId", completion.courseId(), "completedOn", completion.completedOn().toString()));
            }
            return added;
        });
    }

    /** Records a batch of completions, all checked first, with one audit entry; returns how many were new. */
    public int recordCompletions(String batchId, List<Completion> batch, String actor) {
        Objects.requireNonNull(batch, "batch");
        Objects.requireNonNull(actor, "actor");
        return changes.unit("recording completion batch " + batchId, () -> {
            ValidationException.Collector problems = ValidationException.collector();
            for (int i = 0; i < batch.size(); i++) {
                try {
                    check(batch.get(i));
                } catch (ValidationException e) {
                    problems.addAll("[" + i + "]", e);
                }
            }
            problems.throwIfAny();
            int added = completions.addAll(batch);
            changes.audit(actor, COMPLETION_BATCH_RECORDED_ACTION, COMPLETION_SUBJECT, batchId,
                    Map.of("rows", Integer.toString(batch.size()), "added", Integer.toString(added)));
            return added;
        });
    }

    /** The stored member of staff. */
    public StaffMember getStaff(String staffId) {
        return staff.get(staffId);
    }

    /** Compliance on {@code asOf} over every course, member of staff and completion stored. */
    public TrainingCompliance compliance(LocalDate asOf) {
        return rule.compliance(Page.all(courses::list).toList(), Page.all(staff::list).toList(),
                Page.all(completions::list).toList(), asOf);
    }

    /** Compliance today (by the register's clock). */
    public TrainingCompliance compliance() {
        return compliance(LocalDate.now(changes.clock()));
    }

    private void check(Completion completion) {
        ValidationException.Collector problems = ValidationException.collector();
        problems.require(staff.find(completion.staffId()).isPresent(), "staffId", "is not on the staff list",
                completion.staffId());
        problems.require(courses.find(completion.courseId()).isPresent(), "courseId", "is not a known course",
                completion.courseId());
        problems.throwIfAny();
    }
}
