package org.igkit.assurance.register;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.igkit.assets.InformationAsset;
import org.igkit.assurance.port.RoleRepository;
import org.igkit.assurance.port.StaffRepository;
import org.igkit.assurance.roles.OrganisationProfile;
import org.igkit.assurance.roles.RoleAppointment;
import org.igkit.assurance.roles.RoleKind;
import org.igkit.assurance.roles.RoleWarning;
import org.igkit.assurance.roles.RolesCheck;
import org.igkit.core.paging.Page;

/** The roles register: appointments with dates, and the checks over it. */
public final class RolesRegister {
    /** The audit subject type. */
    public static final String SUBJECT = "role appointment";
    /** A person appointed to a role. */
    public static final String APPOINTED_ACTION = "role.appointed";
    /** An appointment ended. */
    public static final String ENDED_ACTION = "role.ended";

    private final RoleRepository roles;
    private final StaffRepository staff;
    private final Changes changes;
    private final OrganisationProfile profile;

    RolesRegister(RoleRepository roles, StaffRepository staff, Changes changes, OrganisationProfile profile) {
        this.roles = roles;
        this.staff = staff;
        this.changes = changes;
        this.profile = profile;
    }

    /** Records an appointment (version 0). */
    public RoleAppointment appoint(RoleAppointment appointment, String actor) {
        Objects.requireNonNull(appointment, "appointment");
        return changes.run("appointing " + appointment.id(), actor, APPOINTED_ACTION, SUBJECT,
                () -> roles.save(appointment.withVersion(0)), RoleAppointment::id,
                a -> details(a));
    }

    /** Ends the appointment at {@code expectedVersion} on {@code lastDay}. */
    public RoleAppointment end(String id, long expectedVersion, LocalDate lastDay, String actor) {
        return changes.run("ending appointment " + id, actor, ENDED_ACTION, SUBJECT, () -> {
            RoleAppointment stored = roles.get(id);
            Changes.atVersion(stored, stored.version(), expectedVersion, SUBJECT, id);
            return roles.save(stored.endedOn(lastDay));
        }, RoleAppointment::id, this::details);
    }

    /** The appointment with {@code id}; a {@link org.igkit.core.error.NotFoundException} when there is none. */
    public RoleAppointment get(String id) {
        return roles.get(id);
    }

    /** The appointments to {@code role}, past and present. */
    public List<RoleAppointment> ofRole(RoleKind role) {
        return roles.ofRole(role);
    }

    /** The gaps and conflicts on {@code asOf}, against the asset register {@code assets}. */
    public List<RoleWarning> check(Collection<InformationAsset> assets, LocalDate asOf) {
        return RolesCheck.of(profile, Page.all(roles::list).toList(), assets, Page.all(staff::list).toList(), asOf);
    }

    private Map<String, String> details(RoleAppointment a) {
        return Map.of("version", Long.toString(a.version()), "role", a.role().name(), "person", a.person(),
                "scope", Objects.toString(a.scope(), ""), "from", a.from().toString(),
                "to", Objects.toString(a.to(), ""));
    }
}
