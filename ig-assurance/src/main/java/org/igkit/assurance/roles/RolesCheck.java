package org.igkit.assurance.roles;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.igkit.assets.InformationAsset;
import org.igkit.assurance.AssuranceSources;
import org.igkit.assurance.staff.StaffMember;
import org.igkit.core.explain.Citation;

/**
 * Checks the roles register on a day (spec §6, vectors R1 to R6): required roles filled, the DPO not also SIRO, and
 * every active asset with an IAO in post. A CG for children's social care is allowed, never required.
 */
public final class RolesCheck {
    private static final Citation SIRO = AssuranceSources.choice("every body names a SIRO (Cabinet Office mandatory "
            + "roles, 2009; every seed strategy)");
    private static final Citation IAO = AssuranceSources.choice("every asset on the register has an IAO (NHS "
            + "information risk management, 2009)");

    private RolesCheck() {
    }

    /**
     * The warnings for {@code profile} on {@code asOf}: {@code appointments} is the roles register, {@code assets} the
     * asset register (for IAOs) and {@code staff} the staff list (to notice an IAO who left).
     */
    public static List<RoleWarning> of(OrganisationProfile profile, Collection<RoleAppointment> appointments,
            Collection<InformationAsset> assets, Collection<StaffMember> staff, LocalDate asOf) {
        Objects.requireNonNull(asOf, "asOf");
        Map<String, StaffMember> people = staff.stream()
                .collect(Collectors.toMap(StaffMember::id, Function.identity(), (a, b) -> a));
        List<RoleAppointment> current = appointments.stream().filter(a -> a.isHeldOn(asOf)
                && !hasLeft(people.get(a.person()), asOf)).toList();
        List<RoleWarning> warnings = new ArrayList<>();
        Set<String> dpos = holders(current, RoleKind.DPO);
        Set<String> siros = holders(current, RoleKind.SIRO);
        if (profile.requiresDpo() && dpos.isEmpty()) {
            warnings.add(new RoleWarning(RoleWarning.Kind.DPO_MISSING, "DPO", "no DPO in post on " + asOf
                    + ": a public authority must designate one", AssuranceSources.ART_37));
        }
        if (profile.requiresSiro() && siros.isEmpty()) {
            warnings.add(new RoleWarning(RoleWarning.Kind.SIRO_MISSING, "SIRO", "no SIRO in post on " + asOf, SIRO));
        }
        if (profile.requiresCaldicottGuardian() && holders(current, RoleKind.CALDICOTT_GUARDIAN).isEmpty()) {
            warnings.add(new RoleWarning(RoleWarning.Kind.CG_MISSING, "CALDICOTT_GUARDIAN", "no Caldicott Guardian in "
                    + "post on " + asOf + ": required for " + (profile.type() == OrganisationProfile.Type.NHS_BODY
                    ? "an NHS body" : "a body with adult social care functions"), AssuranceSources.CALDICOTT));
        }
        dpos.stream().filter(siros::contains).sorted().forEach(person -> warnings.add(new RoleWarning(
                RoleWarning.Kind.DPO_ALSO_SIRO, person, person + " is both DPO and SIRO: the DPO's tasks must not give "
                        + "a conflict of interests", AssuranceSources.ART_38_6)));
        for (InformationAsset asset : assets.stream().filter(InformationAsset::isActive)
                .sorted(java.util.Comparator.comparing(InformationAsset::id)).toList()) {
            String id = asset.id().value();
            boolean inPost = current.stream().anyMatch(a -> a.role() == RoleKind.IAO && id.equals(a.scope()));
            if (inPost) {
                continue;
            }
            List<RoleAppointment> past = appointments.stream()
                    .filter(a -> a.role() == RoleKind.IAO && id.equals(a.scope()) && !a.from().isAfter(asOf)).toList();
            if (past.isEmpty()) {
                warnings.add(new RoleWarning(RoleWarning.Kind.ASSET_WITHOUT_IAO, id, "asset " + id
                        + " has no Information Asset Owner appointed", IAO));
            } else {
                String who = past.get(past.size() - 1).person();
                warnings.add(new RoleWarning(RoleWarning.Kind.IAO_LEFT, id, "the IAO of asset " + id + " (" + who
                        + ") has left the role or the organisation, and no successor is appointed", IAO));
            }
        }
        return warnings;
    }

    private static boolean hasLeft(StaffMember member, LocalDate asOf) {
        return member != null && member.leftOn() != null && member.leftOn().isBefore(asOf);
    }

    private static Set<String> holders(List<RoleAppointment> current, RoleKind role) {
        return current.stream().filter(a -> a.role() == role).map(RoleAppointment::person)
                .collect(Collectors.toCollection(java.util.TreeSet::new));
    }
}
