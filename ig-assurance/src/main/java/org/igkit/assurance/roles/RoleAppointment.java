package org.igkit.assurance.roles;

import java.time.LocalDate;

import org.igkit.core.IdRule;
import org.igkit.core.error.ValidationException;

/**
 * A person holding a role from a date (S4: a new SIRO "from 1 July 2016"), to a date once they stand down.
 *
 * @param id        the appointment's id
 * @param role      the role
 * @param person    who: a staff id when they are staff (to notice when they leave), else a name
 * @param scope     the asset id (IAO) or service (Information Champion); {@code null} for organisation roles
 * @param from      the first day in the role
 * @param to        the last day, or {@code null} while held
 * @param external  true for a shared or external holder (a DPO serving several bodies, Art 37(3))
 * @param version   the optimistic-locking version: 0 before the first save
 */
public record RoleAppointment(String id, RoleKind role, String person, String scope, LocalDate from, LocalDate to,
        boolean external, long version) {
    public RoleAppointment {
        ValidationException.Collector problems = ValidationException.collector();
        IdRule.check(problems, "id", id);
        problems.require(role != null, "role", "is required", null);
        problems.require(person != null && !person.isBlank(), "person", "must not be blank", person);
        scope = scope == null || scope.isBlank() ? null : scope.strip();
        if (role != null) {
            boolean scoped = role.scope() != RoleKind.Scope.ORGANISATION;
            problems.require(scoped == (scope != null), "scope", scoped
                    ? "must name the " + role.scope().name().toLowerCase() + " a " + role + " answers for"
                    : "must be empty for an organisation-wide role", scope);
        }
        problems.require(from != null, "from", "is required", null);
        problems.require(from == null || to == null || !to.isBefore(from), "to", "must be on or after from (" + from
                + ")", to);
        problems.require(version >= 0, "version", "must be 0 (never saved) or more", version);
        problems.throwIfAny();
    }

    /** An organisation-wide role held from {@code from}. */
    public static RoleAppointment of(String id, RoleKind role, String person, LocalDate from) {
        return new RoleAppointment(id, role, person, null, from, null, false, 0);
    }

    /** A scoped role (IAO of an asset, Champion of a service) held from {@code from}. */
    public static RoleAppointment scoped(String id, RoleKind role, String person, String scope, LocalDate from) {
        return new RoleAppointment(id, role, person, scope, from, null, false, 0);
    }

    /** True when held on {@code date}. */
    public boolean isHeldOn(LocalDate date) {
        return !from.isAfter(date) && (to == null || !to.isBefore(date));
    }

    /** A copy ended on {@code last}. */
    public RoleAppointment endedOn(LocalDate last) {
        return new RoleAppointment(id, role, person, scope, from, last, external, version);
    }

    /** A copy with another version (used by stores when they save). */
    public RoleAppointment withVersion(long newVersion) {
        return new RoleAppointment(id, role, person, scope, from, to, external, newVersion);
    }
}
