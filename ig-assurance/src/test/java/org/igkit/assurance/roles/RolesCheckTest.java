package org.igkit.assurance.roles;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.igkit.assets.AssetFormat;
import org.igkit.assets.AssetId;
import org.igkit.assets.InformationAsset;
import org.igkit.assets.SecurityClassification;
import org.igkit.assurance.staff.StaffMember;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Spec §6 vectors R1 to R6. */
class RolesCheckTest {
    private static final LocalDate AS_OF = LocalDate.of(2025, 10, 1);
    private static final LocalDate FROM = LocalDate.of(2020, 1, 1);
    private static final List<RoleAppointment> BASICS = List.of(RoleAppointment.of("r-dpo", RoleKind.DPO, "dpo", FROM),
            RoleAppointment.of("r-siro", RoleKind.SIRO, "director", FROM));

    static InformationAsset asset(String id) {
        return InformationAsset.builder(AssetId.of(id), id).businessArea("HR").format(AssetFormat.ELECTRONIC)
                .assetOwner("Head of HR").dataOwner("HR officer").classification(SecurityClassification.OFFICIAL).build();
    }

    static List<RoleWarning.Kind> kinds(OrganisationProfile profile, List<RoleAppointment> roles,
            List<InformationAsset> assets, List<StaffMember> staff) {
        return RolesCheck.of(profile, roles, assets, staff, AS_OF).stream().map(RoleWarning::kind).toList();
    }

    @Test
    @DisplayName("spec §6 R1 (HSC (NDG) Act 2018 s.1): a county with adult care and no CG is CG_MISSING")
    void countyWithAdultCareNeedsACaldicottGuardian() {
        assertThat(kinds(new OrganisationProfile(OrganisationProfile.Type.COUNTY_OR_UNITARY_COUNCIL, true), BASICS,
                List.of(), List.of())).containsExactly(RoleWarning.Kind.CG_MISSING);
    }

    @Test
    @DisplayName("spec §6 R2: a district council needs no CG")
    void districtCouncil() {
        assertThat(kinds(OrganisationProfile.of(OrganisationProfile.Type.DISTRICT_COUNCIL), BASICS, List.of(),
                List.of())).isEmpty();
    }

    @Test
    @DisplayName("spec §6 R3 (DPA 2018 s.7): a parish council need not have a DPO")
    void parishCouncil() {
        List<RoleAppointment> siroOnly = List.of(RoleAppointment.of("r-siro", RoleKind.SIRO, "clerk", FROM));
        assertThat(kinds(OrganisationProfile.of(OrganisationProfile.Type.PARISH_COUNCIL), siroOnly, List.of(),
                List.of())).isEmpty();
        assertThat(kinds(OrganisationProfile.of(OrganisationProfile.Type.SCHOOL), siroOnly, List.of(), List.of()))
                .containsExactly(RoleWarning.Kind.DPO_MISSING);
    }

    @Test
    @DisplayName("spec §6 R4 (Art 37(3)): one external DPO serving 30 schools is valid for each")
    void sharedDpo() {
        RoleAppointment shared = new RoleAppointment("r-dpo", RoleKind.DPO, "Schools DPO Service", null, FROM, null,
                true, 0);
        for (int school = 0; school < 30; school++) {
            assertThat(kinds(OrganisationProfile.of(OrganisationProfile.Type.SCHOOL), List.of(shared,
                    RoleAppointment.of("r-siro", RoleKind.SIRO, "head", FROM)), List.of(), List.of())).isEmpty();
        }
    }

    @Test
    @DisplayName("spec §6 R5 (Art 38(6)): a DPO who is also SIRO is a warning")
    void dpoAlsoSiro() {
        List<RoleAppointment> both = List.of(RoleAppointment.of("r-dpo", RoleKind.DPO, "pat", FROM),
                RoleAppointment.of("r-siro", RoleKind.SIRO, "pat", FROM));
        assertThat(kinds(OrganisationProfile.of(OrganisationProfile.Type.DISTRICT_COUNCIL), both, List.of(), List.of()))
                .containsExactly(RoleWarning.Kind.DPO_ALSO_SIRO);
    }

    @Test
    @DisplayName("spec §6 R6: an IAR asset without an IAO is a gap; an asset whose IAO has left is a warning")
    void assetsNeedAnIaoInPost() {
        StaffMember leaver = StaffMember.of("s9", "Sam", "HR", FROM).withLeftOn(LocalDate.of(2025, 8, 31));
        List<RoleAppointment> roles = new java.util.ArrayList<>(BASICS);
        roles.add(RoleAppointment.scoped("r-iao-1", RoleKind.IAO, "s9", "HR-1", FROM));
        roles.add(RoleAppointment.scoped("r-iao-3", RoleKind.IAO, "jo", "HR-3", FROM).endedOn(LocalDate.of(2025, 6, 30)));
        roles.add(RoleAppointment.scoped("r-iao-4", RoleKind.IAO, "kim", "HR-4", FROM));

        List<RoleWarning> warnings = RolesCheck.of(OrganisationProfile.of(OrganisationProfile.Type.DISTRICT_COUNCIL),
                roles, List.of(asset("HR-1"), asset("HR-2"), asset("HR-3"), asset("HR-4")), List.of(leaver), AS_OF);
        assertThat(warnings).extracting(RoleWarning::kind, RoleWarning::subject).containsExactly(
                org.assertj.core.groups.Tuple.tuple(RoleWarning.Kind.IAO_LEFT, "HR-1"),
                org.assertj.core.groups.Tuple.tuple(RoleWarning.Kind.ASSET_WITHOUT_IAO, "HR-2"),
                org.assertj.core.groups.Tuple.tuple(RoleWarning.Kind.IAO_LEFT, "HR-3"));
    }
}
