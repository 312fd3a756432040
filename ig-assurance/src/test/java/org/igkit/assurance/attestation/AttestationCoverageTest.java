package org.igkit.assurance.attestation;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;

import org.igkit.assurance.Proportion;
import org.igkit.assurance.policy.Approval;
import org.igkit.assurance.policy.Policy;
import org.igkit.assurance.policy.PolicyVersion;
import org.igkit.assurance.staff.StaffMember;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Spec §5 and §11.3: a school, AY 2025/26 = 2025-09-01..2026-08-31. */
class AttestationCoverageTest {
    private static final CoverageRule SCHOOL = CoverageRule.forSchools();
    private static final LocalDate AS_OF = LocalDate.of(2026, 2, 1);

    static Policy policy(String id) {
        return Policy.of(id, id, "DPO", "Governing Board", Period.ofMonths(12), PolicyVersion.approved("1.3", "DPO",
                LocalDate.of(2025, 7, 1), "Annual review", List.of(Approval.of("Board", "Chair",
                        LocalDate.of(2025, 7, 1))), false));
    }

    static List<StaffMember> staff(int n) {
        List<StaffMember> all = new ArrayList<>();
        for (int i = 1; i <= n; i++) {
            all.add(StaffMember.of("s" + i, "Staff " + i, i % 2 == 0 ? "teaching" : "office", LocalDate.of(2020, 9, 1)));
        }
        return all;
    }

    static Attestation attested(String staff, String policy, LocalDate on) {
        return Attestation.of(staff, policy, "1.3", on, AttestationMethod.START_OF_YEAR_SIGN_IN);
    }

    @Test
    @DisplayName("spec §11.3 A1: 57 of 60 required staff attested to all required policies in the AY: 95.0%")
    void fiftySevenOfSixty() {
        List<Attestation> attestations = new ArrayList<>();
        for (int i = 1; i <= 57; i++) {
            attestations.add(attested("s" + i, "dp", LocalDate.of(2025, 9, 3)));
            attestations.add(attested("s" + i, "acceptable-use", LocalDate.of(2025, 9, 3)));
        }
        AttestationCoverage coverage = SCHOOL.coverage(List.of(policy("dp"), policy("acceptable-use")), staff(60),
                attestations, AS_OF);

        assertThat(coverage.allPolicies()).isEqualTo(Proportion.of(57, 60));
        assertThat(coverage.allPolicies().percent()).contains(new BigDecimal("95.0"));
        assertThat(coverage.period()).isEqualTo("AY 2025/26");
        assertThat(coverage.notAttested().get("dp")).containsExactly("s58", "s59", "s60");
    }

    @Test
    @DisplayName("spec §11.3 A2: an attestation dated 2025-08-29 counts for AY 2024/25 only")
    void lastAugustCountsForTheYearBefore() {
        Policy dp = policy("dp");
        Attestation august = attested("s1", "dp", LocalDate.of(2025, 8, 29));

        assertThat(SCHOOL.covers(august, dp, LocalDate.of(2025, 8, 31))).isTrue();
        assertThat(SCHOOL.covers(august, dp, LocalDate.of(2025, 9, 1))).isFalse();
    }

    @Test
    @DisplayName("spec §11.3 A3: v2.0 approved 2026-01-12 with reattestRequired; X attested v1.3 on 2025-09-03: not covered")
    void aVersionRequiringReattestationResetsCoverage() {
        Attestation x = attested("x", "p", LocalDate.of(2025, 9, 3));
        Policy reattest = policy("p").withNewVersion(PolicyVersion.approved("2.0", "DPO", LocalDate.of(2026, 1, 5),
                "Rewritten", List.of(Approval.of("Board", "Chair", LocalDate.of(2026, 1, 12))), true));
        Policy minor = policy("p").withNewVersion(PolicyVersion.approved("2.0", "DPO", LocalDate.of(2026, 1, 5),
                "Typos", List.of(Approval.of("Board", "Chair", LocalDate.of(2026, 1, 12))), false));

        assertThat(SCHOOL.covers(x, reattest, AS_OF)).isFalse();
        assertThat(SCHOOL.covers(x, minor, AS_OF)).isTrue();
    }

    @Test
    @DisplayName("spec §11.3 A4: 10 staff, 3 policies, P2 missing s1, P3 missing s1 and s2: 100/90/80%, all 8/10")
    void perPolicyAndAllPolicies() {
        List<Attestation> attestations = new ArrayList<>();
        for (int i = 1; i <= 10; i++) {
            attestations.add(attested("s" + i, "p1", LocalDate.of(2025, 9, 2)));
            if (i > 1) {
                attestations.add(attested("s" + i, "p2", LocalDate.of(2025, 9, 2)));
            }
            if (i > 2) {
                attestations.add(attested("s" + i, "p3", LocalDate.of(2025, 9, 2)));
            }
        }
        AttestationCoverage coverage = SCHOOL.coverage(List.of(policy("p1"), policy("p2"), policy("p3")), staff(10),
                attestations, AS_OF);

        assertThat(coverage.forPolicy("p1").percent()).contains(new BigDecimal("100.0"));
        assertThat(coverage.forPolicy("p2").percent()).contains(new BigDecimal("90.0"));
        assertThat(coverage.forPolicy("p3").percent()).contains(new BigDecimal("80.0"));
        assertThat(coverage.allPolicies()).isEqualTo(Proportion.of(8, 10));
        assertThat(coverage.perTeam()).containsEntry("office", Proportion.of(4, 5))
                .containsEntry("teaching", Proportion.of(4, 5));
    }

    @Test
    @DisplayName("spec §11.3 A5: left 2025-10-31, asOf 2026-01-31: not in the denominator; nor a starter of under 30 days")
    void leaversAndNewStartersAreNotRequired() {
        StaffMember leaver = StaffMember.of("l", "Leaver", "office", LocalDate.of(2020, 1, 1))
                .withLeftOn(LocalDate.of(2025, 10, 31));
        StaffMember starter = StaffMember.of("n", "New", "office", LocalDate.of(2026, 1, 10));

        AttestationCoverage coverage = SCHOOL.coverage(List.of(policy("dp")), List.of(leaver, starter),
                List.of(), LocalDate.of(2026, 1, 31));

        assertThat(coverage.allPolicies()).isEqualTo(Proportion.of(0, 0));
    }
}
