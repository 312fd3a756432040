package org.igkit.assurance.policy;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.igkit.core.IdRule;
import org.igkit.core.error.ConflictException;
import org.igkit.core.error.ValidationException;

/**
 * A policy on the policy log: its owner, the body that approves it, how often it is reviewed, its version history
 * (oldest first, ordered by date), its reviews and the triggers (breaches, changes in law) recorded against it.
 *
 * @param id             the policy's id, e.g. {@code data-protection}
 * @param title          its title
 * @param owner          the person or role who owns it
 * @param approvingBody  who approves it, e.g. "Headteacher and Governing Board"
 * @param reviewInterval how often it is reviewed (S4: "no less frequently than every 12 months")
 * @param versions       the version table, oldest first
 * @param reviews        the logged reviews, oldest first
 * @param triggers       the breaches and changes recorded against it, in the order recorded
 * @param version        the optimistic-locking version: 0 before the first save
 */
public record Policy(String id, String title, String owner, String approvingBody, Period reviewInterval,
        List<PolicyVersion> versions, List<PolicyReview> reviews, List<ReviewTrigger> triggers, long version) {

    public Policy {
        ValidationException.Collector problems = ValidationException.collector();
        IdRule.check(problems, "id", id);
        problems.require(title != null && !title.isBlank(), "title", "must not be blank", title);
        problems.require(owner != null && !owner.isBlank(), "owner", "must not be blank", owner);
        problems.require(approvingBody != null && !approvingBody.isBlank(), "approvingBody", "must not be blank",
                approvingBody);
        problems.require(reviewInterval != null && !reviewInterval.isNegative() && !reviewInterval.isZero(),
                "reviewInterval", "must be a positive period, e.g. P12M", reviewInterval);
        versions = List.copyOf(versions == null ? List.of() : versions);
        reviews = List.copyOf(reviews == null ? List.of() : reviews);
        triggers = List.copyOf(triggers == null ? List.of() : triggers);
        for (int i = 1; i < versions.size(); i++) {
            PolicyVersion earlier = versions.get(i - 1);
            PolicyVersion later = versions.get(i);
            problems.require(!later.date().isBefore(earlier.date()), "versions[" + i + "].date",
                    "must be on or after the previous version's date (" + earlier.date() + ")", later.date());
            problems.require(versions.stream().filter(v -> v.version().equals(later.version())).count() == 1,
                    "versions[" + i + "].version", "must be unique in the version table", later.version());
        }
        problems.require(version >= 0, "version", "must be 0 (never saved) or more", version);
        problems.throwIfAny();
    }

    /** A new policy with one first version, reviewed every {@code reviewInterval}. */
    public static Policy of(String id, String title, String owner, String approvingBody, Period reviewInterval,
            PolicyVersion first) {
        return new Policy(id, title, owner, approvingBody, reviewInterval, List.of(first), List.of(), List.of(), 0);
    }

    /** The latest version approved and in effect on {@code date}, if any. */
    public Optional<PolicyVersion> currentVersionOn(LocalDate date) {
        for (int i = versions.size() - 1; i >= 0; i--) {
            if (versions.get(i).isInEffectOn(date)) {
                return Optional.of(versions.get(i));
            }
        }
        return Optional.empty();
    }

    /** The position of {@code label} in the version table, or -1. */
    public int indexOf(String label) {
        for (int i = 0; i < versions.size(); i++) {
            if (versions.get(i).version().equals(label)) {
                return i;
            }
        }
        return -1;
    }

    /** The triggers no review has considered yet. */
    public List<ReviewTrigger> pendingTriggers() {
        List<ReviewTrigger> pending = new ArrayList<>(triggers);
        reviews.forEach(r -> r.considered().forEach(pending::remove));
        return pending;
    }

    /**
     * A copy with {@code next} appended to the version table.
     *
     * @throws ValidationException on {@code versions} when it is dated before the last version or reuses a label
     */
    public Policy withNewVersion(PolicyVersion next) {
        List<PolicyVersion> more = new ArrayList<>(versions);
        more.add(next);
        return new Policy(id, title, owner, approvingBody, reviewInterval, more, reviews, triggers, version);
    }

    /** A copy with a trigger recorded. A breach already recorded is refused as a conflict. */
    public Policy withTrigger(ReviewTrigger trigger) {
        if (triggers.contains(trigger)) {
            throw new ConflictException(ConflictException.Reason.ALREADY_EXISTS,
                    "policy '" + id + "' already records " + trigger.kind() + " " + trigger.reference());
        }
        List<ReviewTrigger> more = new ArrayList<>(triggers);
        more.add(trigger);
        return new Policy(id, title, owner, approvingBody, reviewInterval, versions, reviews, more, version);
    }

    /**
     * A copy reviewed on {@code date}: the review writes {@code resulting} into the version table (a review with no
     * change still writes a row) and considers every pending trigger dated on or before the review.
     */
    public Policy reviewed(LocalDate date, String reviewer, ReviewOutcome outcome, PolicyVersion resulting) {
        List<ReviewTrigger> considered = pendingTriggers().stream().filter(t -> !t.on().isAfter(date)).toList();
        List<PolicyReview> more = new ArrayList<>(reviews);
        more.add(new PolicyReview(date, reviewer, outcome, resulting.version(), considered));
        return new Policy(id, title, owner, approvingBody, reviewInterval, versions, more, triggers, version)
                .withNewVersion(resulting);
    }

    /** A copy with another version (used by stores when they save). */
    public Policy withVersion(long newVersion) {
        return new Policy(id, title, owner, approvingBody, reviewInterval, versions, reviews, triggers, newVersion);
    }
}
