package org.igkit.assurance.register;

import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;
import java.util.function.UnaryOperator;

import org.igkit.assurance.dspt.DsptAssessment;
import org.igkit.assurance.dspt.DsptDeadlineState;
import org.igkit.assurance.dspt.DsptRule;
import org.igkit.assurance.dspt.ImprovementPlan;
import org.igkit.assurance.dspt.OutcomeAssessment;
import org.igkit.assurance.dspt.SignOff;
import org.igkit.assurance.port.DsptAssessmentRepository;

/** DSPT self-assessments: evidence per outcome, the plan, sign-offs and publication. */
public final class DsptRegister {
    /** The audit subject type. */
    public static final String SUBJECT = "dspt assessment";
    /** An assessment started. */
    public static final String STARTED_ACTION = "dspt.started";
    /** An outcome's status, owner or evidence changed. */
    public static final String OUTCOME_ACTION = "dspt.outcome-assessed";
    /** The improvement plan set or changed. */
    public static final String PLAN_ACTION = "dspt.plan-saved";
    /** A sign-off recorded. */
    public static final String SIGNED_OFF_ACTION = "dspt.signed-off";
    /** Published (or its published status moved on). */
    public static final String PUBLISHED_ACTION = "dspt.published";

    private final DsptAssessmentRepository assessments;
    private final Changes changes;
    private final DsptRule rule;

    DsptRegister(DsptAssessmentRepository assessments, Changes changes, DsptRule rule) {
        this.assessments = assessments;
        this.changes = changes;
        this.rule = rule;
    }

    /** Adds a new assessment (version 0). */
    public DsptAssessment start(DsptAssessment assessment, String actor) {
        Objects.requireNonNull(assessment, "assessment");
        return changes.run("starting DSPT assessment " + assessment.id(), actor, STARTED_ACTION, SUBJECT,
                () -> assessments.save(assessment.withVersion(0)), DsptAssessment::id,
                a -> Map.of("version", Long.toString(a.version()), "year", a.year(), "framework",
                        a.framework().name(), "deadline", a.deadline().toString()));
    }

    /** Replaces one outcome's assessment. */
    public DsptAssessment assess(String id, long expectedVersion, OutcomeAssessment outcome, String actor) {
        return change(id, expectedVersion, OUTCOME_ACTION, actor, a -> rule.refreshPublished(a.withOutcome(outcome)));
    }

    /** Sets the improvement plan. */
    public DsptAssessment savePlan(String id, long expectedVersion, ImprovementPlan plan, String actor) {
        return change(id, expectedVersion, PLAN_ACTION, actor, a -> rule.refreshPublished(a.withPlan(plan)));
    }

    /** Records a sign-off. */
    public DsptAssessment signOff(String id, long expectedVersion, SignOff signOff, String actor) {
        return change(id, expectedVersion, SIGNED_OFF_ACTION, actor, a -> a.withSignOff(signOff));
    }

    /** Publishes today with the status the outcomes give, once the required roles have signed off. */
    public DsptAssessment publish(String id, long expectedVersion, String actor) {
        return change(id, expectedVersion, PUBLISHED_ACTION, actor,
                a -> rule.publish(a, LocalDate.now(changes.clock())));
    }

    /** The stored assessment. */
    public DsptAssessment get(String id) {
        return assessments.get(id);
    }

    /** Where the assessment stands against its deadline on {@code asOf}. */
    public DsptDeadlineState deadlineState(String id, LocalDate asOf) {
        return rule.deadlineState(assessments.get(id), asOf);
    }

    /** The status its outcomes give now, explained. */
    public DsptRule.Explained status(String id) {
        return rule.status(assessments.get(id));
    }

    private DsptAssessment change(String id, long expectedVersion, String action, String actor,
            UnaryOperator<DsptAssessment> change) {
        return changes.run(action + " " + id, actor, action, SUBJECT, () -> {
            DsptAssessment stored = assessments.get(id);
            Changes.atVersion(stored, stored.version(), expectedVersion, SUBJECT, id);
            return assessments.save(change.apply(stored));
        }, DsptAssessment::id, a -> Map.of("version", Long.toString(a.version()), "status",
                Objects.toString(a.publishedStatus(), rule.status(a).status().name() + " (unpublished)")));
    }
}
