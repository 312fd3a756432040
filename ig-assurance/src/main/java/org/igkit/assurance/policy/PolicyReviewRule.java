package org.igkit.assurance.policy;

import java.time.LocalDate;
import java.time.Period;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.igkit.assurance.AssuranceSources;
import org.igkit.assurance.DueState;
import org.igkit.core.error.ValidationException;
import org.igkit.core.explain.Explanation;

/**
 * When a policy's next review is due: the later of its last approval and its last review, plus its review interval;
 * brought forward to {@code triggerPeriod} (default 30 days) after each breach or change in law not yet considered by a
 * review; the earliest date wins. {@code OVERDUE} when the day is after the due date. The 30 days have no national
 * source (spec §10.6): they are an option.
 */
public final class PolicyReviewRule {
    /** The default time a trigger allows before the review is due. */
    public static final Period DEFAULT_TRIGGER_PERIOD = Period.ofDays(30);

    private final Period triggerPeriod;

    private PolicyReviewRule(Period triggerPeriod) {
        if (triggerPeriod == null || triggerPeriod.isNegative()) {
            throw new ValidationException("triggerPeriod", "must be a period of 0 days or more", triggerPeriod);
        }
        this.triggerPeriod = triggerPeriod;
    }

    /** The rule with a 30-day trigger period. */
    public static PolicyReviewRule withDefaults() {
        return new PolicyReviewRule(DEFAULT_TRIGGER_PERIOD);
    }

    /** The rule with another trigger period. */
    public static PolicyReviewRule withTriggerPeriod(Period triggerPeriod) {
        return new PolicyReviewRule(triggerPeriod);
    }

    /**
     * The review status of {@code policy} on {@code asOf}.
     *
     * @throws ValidationException on {@code versions} when the policy has never been approved
     */
    public PolicyReviewStatus statusOf(Policy policy, LocalDate asOf) {
        Objects.requireNonNull(asOf, "asOf");
        Explanation.Builder why = Explanation.builder();
        Optional<LocalDate> approved = policy.versions().stream().map(PolicyVersion::findApprovedOn)
                .flatMap(Optional::stream).max(Comparator.naturalOrder());
        Optional<LocalDate> reviewed = policy.reviews().stream().map(PolicyReview::date).max(Comparator.naturalOrder());
        LocalDate base = latest(approved, reviewed).orElseThrow(() -> new ValidationException("versions",
                "policy '" + policy.id() + "' has no approved version or review to date its next review from", null));
        LocalDate due = base.plus(policy.reviewInterval());
        boolean fromReview = reviewed.isPresent() && reviewed.get().equals(base);
        why.step((fromReview ? "Last reviewed " : "Last approved ") + base + "; reviewed every "
                + policy.reviewInterval() + ", so the next review is due " + due, AssuranceSources.POLICY_REVIEW);
        for (ReviewTrigger trigger : policy.pendingTriggers()) {
            LocalDate triggered = trigger.on().plus(triggerPeriod);
            boolean earlier = triggered.isBefore(due);
            why.step((trigger.kind() == ReviewTrigger.Kind.BREACH ? "Breach " : "Change ") + trigger.reference()
                    + " recorded " + trigger.on() + " brings a review within " + triggerPeriod + ", by " + triggered
                    + (earlier ? ", which is earlier" : ", no earlier than " + due),
                    AssuranceSources.POLICY_REVIEW,
                    AssuranceSources.choice("a trigger brings the review to within " + triggerPeriod));
            if (earlier) {
                due = triggered;
            }
        }
        DueState state = DueState.of(due, asOf);
        why.step("On " + asOf + " the review due " + due + " is " + state.name().toLowerCase().replace('_', ' '));
        return new PolicyReviewStatus(policy.id(), due, state, why.build());
    }

    /** The statuses of {@code policies} on {@code asOf} that are overdue, earliest due first. */
    public List<PolicyReviewStatus> overdue(Collection<Policy> policies, LocalDate asOf) {
        return policies.stream().filter(p -> !p.versions().isEmpty() && hasDate(p)).map(p -> statusOf(p, asOf))
                .filter(PolicyReviewStatus::isOverdue)
                .sorted(Comparator.comparing(PolicyReviewStatus::dueOn).thenComparing(PolicyReviewStatus::policyId))
                .toList();
    }

    private static boolean hasDate(Policy policy) {
        return !policy.reviews().isEmpty() || policy.versions().stream().anyMatch(PolicyVersion::isApproved);
    }

    private static Optional<LocalDate> latest(Optional<LocalDate> a, Optional<LocalDate> b) {
        if (a.isEmpty()) {
            return b;
        }
        if (b.isEmpty()) {
            return a;
        }
        return Optional.of(a.get().isAfter(b.get()) ? a.get() : b.get());
    }
}
