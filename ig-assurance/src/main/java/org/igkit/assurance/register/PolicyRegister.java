package org.igkit.assurance.register;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.igkit.assurance.policy.BreachReference;
import org.igkit.assurance.policy.Policy;
import org.igkit.assurance.policy.PolicyReviewRule;
import org.igkit.assurance.policy.PolicyReviewStatus;
import org.igkit.assurance.policy.PolicyVersion;
import org.igkit.assurance.policy.ReviewOutcome;
import org.igkit.assurance.policy.ReviewTrigger;
import org.igkit.assurance.port.PolicyRepository;
import org.igkit.core.paging.Page;
import org.igkit.core.paging.PageRequest;

/** The policy log: adds policies, versions and reviews, links breaches, and says what is due. */
public final class PolicyRegister {
    /** The audit subject type. */
    public static final String SUBJECT = "policy";
    /** A policy added to the log. */
    public static final String ADDED_ACTION = "policy.added";
    /** A version added to a policy's version table. */
    public static final String VERSION_ADDED_ACTION = "policy.version-added";
    /** A review logged (with the version it wrote). */
    public static final String REVIEWED_ACTION = "policy.reviewed";
    /** A breach or change in law recorded against a policy. */
    public static final String TRIGGER_RECORDED_ACTION = "policy.trigger-recorded";

    private final PolicyRepository policies;
    private final Changes changes;
    private final PolicyReviewRule rule;

    PolicyRegister(PolicyRepository policies, Changes changes, PolicyReviewRule rule) {
        this.policies = policies;
        this.changes = changes;
        this.rule = rule;
    }

    /** Adds {@code policy} (version 0) to the log. */
    public Policy add(Policy policy, String actor) {
        Objects.requireNonNull(policy, "policy");
        return changes.run("adding policy " + policy.id(), actor, ADDED_ACTION, SUBJECT,
                () -> policies.save(policy.withVersion(0)), Policy::id,
                p -> Map.of("version", Long.toString(p.version()), "versions", Integer.toString(p.versions().size())));
    }

    /** Adds {@code next} to the version table of the policy at {@code expectedVersion}. */
    public Policy addVersion(String policyId, long expectedVersion, PolicyVersion next, String actor) {
        Objects.requireNonNull(next, "next");
        return changes.run("adding a version to policy " + policyId, actor, VERSION_ADDED_ACTION, SUBJECT,
                () -> policies.save(current(policyId, expectedVersion).withNewVersion(next)), Policy::id,
                p -> Map.of("version", Long.toString(p.version()), "policyVersion", next.version(),
                        "reattestRequired", Boolean.toString(next.reattestRequired())));
    }

    /**
     * Logs a review of the policy at {@code expectedVersion} on {@code date}, writing {@code resulting} to its
     * version table; the review considers every breach and change recorded since the last review. The audit entry
     * lists the breaches considered.
     */
    public Policy review(String policyId, long expectedVersion, LocalDate date, String reviewer, ReviewOutcome outcome,
            PolicyVersion resulting, String actor) {
        return changes.run("reviewing policy " + policyId, actor, REVIEWED_ACTION, SUBJECT,
                () -> policies.save(current(policyId, expectedVersion).reviewed(date, reviewer, outcome, resulting)),
                Policy::id, p -> Map.of("version", Long.toString(p.version()), "outcome", outcome.name(),
                        "policyVersion", resulting.version(), "breachesConsidered",
                        String.join(",", p.reviews().get(p.reviews().size() - 1).breachesConsidered())));
    }

    /**
     * Records {@code breach} against every policy it names, bringing each one's review forward; all policies or none.
     * Returns the policies as saved.
     *
     * @throws org.igkit.core.error.NotFoundException when a named policy is not on the log
     */
    public List<Policy> recordBreach(BreachReference breach, String actor) {
        Objects.requireNonNull(breach, "breach");
        Objects.requireNonNull(actor, "actor");
        return changes.unit("recording breach " + breach.breachId() + " against its policies", () -> {
            List<Policy> touched = breach.policyIds().stream().map(policies::get).toList();
            return touched.stream().map(p -> {
                Policy saved = policies.save(p.withTrigger(ReviewTrigger.breach(breach)));
                changes.audit(actor, TRIGGER_RECORDED_ACTION, SUBJECT, saved.id(), Map.of("version",
                        Long.toString(saved.version()), "kind", "BREACH", "reference", breach.breachId(),
                        "on", breach.date().toString()));
                return saved;
            }).toList();
        });
    }

    /** Records a change in law or guidance against the policy at {@code expectedVersion}. */
    public Policy recordLegislativeChange(String policyId, long expectedVersion, LocalDate on, String what,
            String actor) {
        ReviewTrigger trigger = ReviewTrigger.legislativeChange(on, what);
        return changes.run("recording a change against policy " + policyId, actor, TRIGGER_RECORDED_ACTION, SUBJECT,
                () -> policies.save(current(policyId, expectedVersion).withTrigger(trigger)), Policy::id,
                p -> Map.of("version", Long.toString(p.version()), "kind", trigger.kind().name(), "reference", what,
                        "on", on.toString()));
    }

    /** The stored policy. */
    public Policy get(String policyId) {
        return policies.get(policyId);
    }

    /** A page of the log. */
    public Page<Policy> list(PageRequest page) {
        return policies.list(page);
    }

    /** Every policy on the log. */
    public List<Policy> all() {
        return Page.all(policies::list).toList();
    }

    /** The review status of one policy on {@code asOf}. */
    public PolicyReviewStatus reviewStatus(String policyId, LocalDate asOf) {
        return rule.statusOf(policies.get(policyId), asOf);
    }

    /** The policies overdue for review on {@code asOf}, earliest due first. */
    public List<PolicyReviewStatus> overdue(LocalDate asOf) {
        return rule.overdue(all(), asOf);
    }

    /** The policies overdue for review today (by the register's clock). */
    public List<PolicyReviewStatus> overdue() {
        return overdue(LocalDate.now(changes.clock()));
    }

    private Policy current(String policyId, long expectedVersion) {
        Policy stored = policies.get(policyId);
        return Changes.atVersion(stored, stored.version(), expectedVersion, SUBJECT, policyId);
    }
}
