package org.igkit.assurance.dspt;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.igkit.assurance.AssuranceSources;
import org.igkit.core.error.ValidationException;
import org.igkit.core.explain.Explanation;

/**
 * The DSPT rules (spec §3): the status an assessment's outcomes give ({@code STANDARDS_MET} when every outcome reaches
 * its profile; else {@code APPROACHING_STANDARDS} once the improvement plan is approved; else
 * {@code STANDARDS_NOT_MET}, which needs a plan), the deadline state, and publication, which needs sign-off by the
 * required roles: SIRO and CEO by default (no national rule was found), SIRO only as the alternative.
 */
public final class DsptRule {
    private final Set<String> signOffRoles;

    private DsptRule(Set<String> signOffRoles) {
        if (signOffRoles == null || signOffRoles.isEmpty()) {
            throw new ValidationException("signOffRoles", "must name at least one role", signOffRoles);
        }
        this.signOffRoles = Set.copyOf(signOffRoles.stream().map(r -> r.strip().toUpperCase(Locale.ROOT))
                .collect(Collectors.toCollection(TreeSet::new)));
    }

    /** Sign-off by the SIRO and the CEO. */
    public static DsptRule withDefaults() {
        return new DsptRule(Set.of("SIRO", "CEO"));
    }

    /** Sign-off by the SIRO only. */
    public static DsptRule siroOnly() {
        return new DsptRule(Set.of("SIRO"));
    }

    /** Sign-off by {@code roles}. */
    public static DsptRule signedOffBy(Set<String> roles) {
        return new DsptRule(roles);
    }

    /** The roles that must sign off, upper case. */
    public Set<String> signOffRoles() {
        return signOffRoles;
    }

    /** The status the outcomes and plan give, explained. */
    public Explained status(DsptAssessment assessment) {
        Explanation.Builder why = Explanation.builder();
        long shortfalls = assessment.outcomes().stream().filter(o -> !o.meetsProfile()).count();
        DsptStatus status;
        if (shortfalls == 0) {
            status = DsptStatus.STANDARDS_MET;
            why.step("All " + assessment.outcomes().size() + " outcomes reach the profile level: standards met",
                    AssuranceSources.DSPT_STATUS);
        } else if (assessment.plan() != null && assessment.plan().isApproved()) {
            status = DsptStatus.APPROACHING_STANDARDS;
            why.step(shortfalls + " outcome(s) short of the profile; the improvement plan was approved on "
                    + assessment.plan().approvedOn() + ": approaching standards", AssuranceSources.DSPT_STATUS);
        } else {
            status = DsptStatus.STANDARDS_NOT_MET;
            why.step(shortfalls + " outcome(s) short of the profile: standards not met, to be published with an improvement "
                    + "plan", AssuranceSources.DSPT_STATUS);
        }
        return new Explained(status, why.build());
    }

    /** The status, with how it was found. */
    public record Explained(DsptStatus status, Explanation explanation) {
        public Explained {
            Objects.requireNonNull(status, "status");
            Objects.requireNonNull(explanation, "explanation");
        }
    }

    /** Where {@code assessment} stands against its deadline on {@code asOf}. */
    public DsptDeadlineState deadlineState(DsptAssessment assessment, LocalDate asOf) {
        if (assessment.isPublished()) {
            return DsptDeadlineState.PUBLISHED;
        }
        return asOf.isBefore(assessment.deadline()) ? DsptDeadlineState.DUE_LATER
                : asOf.isEqual(assessment.deadline()) ? DsptDeadlineState.DUE_TODAY : DsptDeadlineState.OVERDUE;
    }

    /**
     * {@code assessment} published on {@code on} with the status its outcomes give.
     *
     * @throws ValidationException on {@code signOffs} naming each required role missing, and on {@code plan} when
     *                             the standards are not met and no plan is given
     */
    public DsptAssessment publish(DsptAssessment assessment, LocalDate on) {
        Objects.requireNonNull(on, "on");
        ValidationException.Collector problems = ValidationException.collector();
        Set<String> signed = assessment.signOffs().stream().map(s -> s.role().strip().toUpperCase(Locale.ROOT))
                .collect(Collectors.toSet());
        for (String role : signOffRoles) {
            problems.require(signed.contains(role), "signOffs", "must include a sign-off by the " + role
                    + " before publication", null);
        }
        DsptStatus status = status(assessment).status();
        problems.require(status == DsptStatus.STANDARDS_MET || assessment.plan() != null, "plan",
                "must be given: a shortfall is published with an improvement plan", null);
        problems.throwIfAny();
        return assessment.published(status, on);
    }

    /** A published assessment whose status moves on as its plan is approved or its outcomes reach the profile. */
    public DsptAssessment refreshPublished(DsptAssessment assessment) {
        if (!assessment.isPublished() || assessment.publishedStatus() == DsptStatus.STANDARDS_EXCEEDED) {
            return assessment;
        }
        return assessment.republished(status(assessment).status());
    }
}
