package org.igkit.assurance.staff;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.igkit.core.IdRule;
import org.igkit.core.error.ValidationException;

/**
 * A member of staff (employee, temporary, voluntary or contract: the ICO's induction covers all grades).
 *
 * @param id              the organisation's staff id (igkit's id rule)
 * @param name            the person's name
 * @param team            the team or service counted in per-team figures
 * @param startedOn       the first day of employment
 * @param probationEndsOn the end of probation, or {@code null}
 * @param firstAccessOn   the first day of access to personal data, or {@code null} when not known
 * @param leftOn          the last day of employment, or {@code null} while employed
 * @param absences        long-term absences
 * @param roles           the roles that bring role-based training, e.g. "social-worker"
 * @param version         the optimistic-locking version: 0 before the first save
 */
public record StaffMember(String id, String name, String team, LocalDate startedOn, LocalDate probationEndsOn,
        LocalDate firstAccessOn, LocalDate leftOn, List<Absence> absences, Set<String> roles, long version) {

    public StaffMember {
        ValidationException.Collector problems = ValidationException.collector();
        IdRule.check(problems, "id", id);
        problems.require(name != null && !name.isBlank(), "name", "must not be blank", name);
        problems.require(team != null && !team.isBlank(), "team", "must not be blank", team);
        problems.require(startedOn != null, "startedOn", "is required", null);
        if (startedOn != null) {
            problems.require(probationEndsOn == null || !probationEndsOn.isBefore(startedOn), "probationEndsOn",
                    "must be on or after startedOn (" + startedOn + ")", probationEndsOn);
            problems.require(leftOn == null || !leftOn.isBefore(startedOn), "leftOn",
                    "must be on or after startedOn (" + startedOn + ")", leftOn);
        }
        problems.require(version >= 0, "version", "must be 0 (never saved) or more", version);
        absences = List.copyOf(absences == null ? List.of() : absences);
        TreeSet<String> sorted = new TreeSet<>();
        for (String role : roles == null ? Set.<String>of() : roles) {
            problems.require(role != null && !role.isBlank(), "roles", "must not hold a blank role", role);
            if (role != null && !role.isBlank()) {
                sorted.add(role.strip());
            }
        }
        problems.throwIfAny();
        roles = Set.copyOf(sorted);
    }

    /** A member of staff who started on {@code startedOn}, with no probation, absence or role recorded. */
    public static StaffMember of(String id, String name, String team, LocalDate startedOn) {
        return new StaffMember(id, name, team, startedOn, null, null, null, List.of(), Set.of(), 0);
    }

    /** True when employed on {@code date}: started on or before it, and not left before it. */
    public boolean isEmployedOn(LocalDate date) {
        return !startedOn.isAfter(date) && (leftOn == null || !leftOn.isBefore(date));
    }

    /** True when a long-term absence covers {@code date}. */
    public boolean isAbsentOn(LocalDate date) {
        return absences.stream().anyMatch(a -> a.covers(date));
    }

    /** The end of probation, if recorded. */
    public Optional<LocalDate> findProbationEndsOn() {
        return Optional.ofNullable(probationEndsOn);
    }

    /** The first day of access to personal data, if recorded. */
    public Optional<LocalDate> findFirstAccessOn() {
        return Optional.ofNullable(firstAccessOn);
    }

    /** A copy with a probation end. */
    public StaffMember withProbationEndsOn(LocalDate date) {
        return new StaffMember(id, name, team, startedOn, date, firstAccessOn, leftOn, absences, roles, version);
    }

    /** A copy with a first day of access to personal data. */
    public StaffMember withFirstAccessOn(LocalDate date) {
        return new StaffMember(id, name, team, startedOn, probationEndsOn, date, leftOn, absences, roles, version);
    }

    /** A copy who left on {@code date} (the last day of employment). */
    public StaffMember withLeftOn(LocalDate date) {
        return new StaffMember(id, name, team, startedOn, probationEndsOn, firstAccessOn, date, absences, roles, version);
    }

    /** A copy with one more long-term absence. */
    public StaffMember withAbsence(Absence absence) {
        Objects.requireNonNull(absence, "absence");
        List<Absence> more = new java.util.ArrayList<>(absences);
        more.add(absence);
        return new StaffMember(id, name, team, startedOn, probationEndsOn, firstAccessOn, leftOn, more, roles, version);
    }

    /** A copy holding {@code newRoles}. */
    public StaffMember withRoles(Set<String> newRoles) {
        return new StaffMember(id, name, team, startedOn, probationEndsOn, firstAccessOn, leftOn, absences, newRoles,
                version);
    }

    /** A copy with another version (used by stores when they save). */
    public StaffMember withVersion(long newVersion) {
        return new StaffMember(id, name, team, startedOn, probationEndsOn, firstAccessOn, leftOn, absences, roles,
                newVersion);
    }
}
