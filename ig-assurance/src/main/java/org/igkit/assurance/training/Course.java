package org.igkit.assurance.training;

import java.time.Period;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.igkit.assurance.staff.StaffMember;
import org.igkit.core.IdRule;
import org.igkit.core.error.ValidationException;

/**
 * A training course: mandatory for everyone, or required by some roles, with a refresher interval (none: once is
 * enough) and a deadline for new starters.
 *
 * @param id                 the course id, e.g. {@code dp-awareness}
 * @param title              its title
 * @param mandatory          true when everyone must complete it; false when only {@code roles} must
 * @param roles              the roles that require it (empty for a mandatory course)
 * @param refresherInterval  how long a completion stays valid, or {@code null} when it never lapses
 * @param newStarterDeadline when a new starter must first complete it
 * @param version            the optimistic-locking version: 0 before the first save
 */
public record Course(String id, String title, boolean mandatory, Set<String> roles, Period refresherInterval,
        NewStarterDeadline newStarterDeadline, long version) {
    public Course {
        ValidationException.Collector problems = ValidationException.collector();
        IdRule.check(problems, "id", id);
        problems.require(title != null && !title.isBlank(), "title", "must not be blank", title);
        roles = Set.copyOf(new TreeSet<>(Objects.requireNonNullElse(roles, Set.of())));
        problems.require(mandatory || !roles.isEmpty(), "roles", "must name a role when the course is not mandatory",
                null);
        problems.require(!mandatory || roles.isEmpty(), "roles", "must be empty for a mandatory course", roles);
        problems.require(refresherInterval == null || (!refresherInterval.isNegative() && !refresherInterval.isZero()),
                "refresherInterval", "must be a positive period, e.g. P12M, or absent", refresherInterval);
        problems.require(newStarterDeadline != null, "newStarterDeadline", "is required", null);
        problems.require(version >= 0, "version", "must be 0 (never saved) or more", version);
        problems.throwIfAny();
    }

    /** A course everyone must complete, refreshed every {@code refresherInterval}. */
    public static Course mandatory(String id, String title, Period refresherInterval, NewStarterDeadline deadline) {
        return new Course(id, title, true, Set.of(), refresherInterval, deadline, 0);
    }

    /** A course the holders of {@code roles} must complete. */
    public static Course forRoles(String id, String title, Set<String> roles, Period refresherInterval,
            NewStarterDeadline deadline) {
        return new Course(id, title, false, roles, refresherInterval, deadline, 0);
    }

    /** True when {@code member} must complete it. */
    public boolean isRequiredOf(StaffMember member) {
        return mandatory || member.roles().stream().anyMatch(roles::contains);
    }

    /** The refresher interval, if completions lapse. */
    public Optional<Period> findRefresherInterval() {
        return Optional.ofNullable(refresherInterval);
    }

    /** A copy with another version (used by stores when they save). */
    public Course withVersion(long newVersion) {
        return new Course(id, title, mandatory, roles, refresherInterval, newStarterDeadline, newVersion);
    }
}
