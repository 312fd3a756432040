package org.igkit.assurance;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.LongStream;

import org.igkit.assurance.attestation.Attestation;
import org.igkit.assurance.attestation.AttestationCoverage;
import org.igkit.assurance.attestation.AttestationMethod;
import org.igkit.assurance.attestation.CoverageRule;
import org.igkit.assurance.policy.Approval;
import org.igkit.assurance.policy.Policy;
import org.igkit.assurance.policy.PolicyVersion;
import org.igkit.assurance.staff.Absence;
import org.igkit.assurance.staff.StaffMember;
import org.igkit.assurance.training.Completion;
import org.igkit.assurance.training.Course;
import org.igkit.assurance.training.NewStarterDeadline;
import org.igkit.assurance.training.TrainingCompliance;
import org.igkit.assurance.training.TrainingRule;
import org.igkit.assurance.training.ValidityMode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Invariants of coverage and compliance over seeded random registers (seed in each case's name). */
class AssuranceProperties {
    private static final LocalDate BASE = LocalDate.of(2023, 1, 1);

    static LongStream seeds() {
        return LongStream.range(0, 300).map(i -> 0x5EED_0000L + i);
    }

    private static LocalDate day(Random random, int span) {
        return BASE.plusDays(random.nextInt(span));
    }

    static List<StaffMember> staff(Random random) {
        List<StaffMember> staff = new ArrayList<>();
        int n = 1 + random.nextInt(25);
        for (int i = 0; i < n; i++) {
            LocalDate start = day(random, 1000);
            StaffMember member = StaffMember.of("s" + i, "S" + i, "t" + random.nextInt(3), start)
                    .withRoles(random.nextBoolean() ? Set.of("dsl") : Set.of());
            if (random.nextInt(4) == 0) {
                member = member.withProbationEndsOn(start.plusMonths(6));
            }
            if (random.nextInt(5) == 0) {
                member = member.withLeftOn(start.plusDays(random.nextInt(800)));
            }
            if (random.nextInt(6) == 0) {
                member = member.withAbsence(new Absence(start.plusDays(30), start.plusDays(30 + random.nextInt(300)),
                        "sick"));
            }
            staff.add(member);
        }
        return staff;
    }

    static List<Course> courses() {
        return List.of(Course.mandatory("dp", "DP", Period.ofMonths(12), NewStarterDeadline.byProbationEnd()),
                Course.forRoles("sg", "SG", Set.of("dsl"), Period.ofMonths(24),
                        NewStarterDeadline.afterStart(Period.ofMonths(1))),
                Course.mandatory("cyber", "Cyber", null, NewStarterDeadline.afterStart(Period.ofDays(14))));
    }

    static Completion completion(Random random, List<StaffMember> staff) {
        String course = List.of("dp", "sg", "cyber").get(random.nextInt(3));
        return Completion.of(staff.get(random.nextInt(staff.size())).id(), course, day(random, 1400));
    }

    static Policy policy(Random random, String id) {
        LocalDate approved = day(random, 300);
        Policy policy = Policy.of(id, id, "o", "b", Period.ofMonths(12), PolicyVersion.approved("v0", "a", approved,
                "first", List.of(Approval.of("Board", "Chair", approved)), random.nextBoolean()));
        int versions = random.nextInt(3);
        for (int v = 1; v <= versions; v++) {
            LocalDate on = policy.versions().get(policy.versions().size() - 1).date().plusDays(1 + random.nextInt(200));
            policy = policy.withNewVersion(PolicyVersion.approved("v" + v, "a", on, "change",
                    List.of(Approval.of("Board", "Chair", on)), random.nextBoolean()));
        }
        return policy;
    }

    static List<Attestation> attestations(Random random, List<StaffMember> staff, List<Policy> policies) {
        List<Attestation> all = new ArrayList<>();
        int n = random.nextInt(60);
        for (int i = 0; i < n; i++) {
            Policy p = policies.get(random.nextInt(policies.size()));
            String version = p.versions().get(random.nextInt(p.versions().size())).version();
            all.add(Attestation.of(staff.get(random.nextInt(staff.size())).id(), p.id(), version, day(random, 1400),
                    AttestationMethod.ELECTRONIC));
        }
        return all;
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void coverageIsNeverAboveAll(long seed) {
        Random random = new Random(seed);
        List<StaffMember> staff = staff(random);
        List<Policy> policies = List.of(policy(random, "p1"), policy(random, "p2"));
        LocalDate asOf = day(random, 1400);
        CoverageRule rule = random.nextBoolean() ? CoverageRule.forSchools() : CoverageRule.withDefaults();

        AttestationCoverage coverage = rule.coverage(policies, staff, attestations(random, staff, policies), asOf);
        coverage.perPolicy().values().forEach(p -> assertThat(p.numerator()).isLessThanOrEqualTo(p.denominator()));
        coverage.perTeam().values().forEach(p -> assertThat(p.numerator()).isLessThanOrEqualTo(p.denominator()));
        assertThat(coverage.allPolicies().numerator()).isLessThanOrEqualTo(coverage.allPolicies().denominator());
        coverage.perPolicy().values().forEach(p -> assertThat(coverage.allPolicies().numerator())
                .isLessThanOrEqualTo(p.numerator()));
        coverage.perPolicy().values().forEach(p -> p.percent().ifPresent(pct -> assertThat(pct.intValue())
                .isBetween(0, 100)));
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void aCompletionNeverMakesComplianceFall(long seed) {
        Random random = new Random(seed);
        List<StaffMember> staff = staff(random);
        List<Completion> completions = new ArrayList<>();
        int n = random.nextInt(40);
        for (int i = 0; i < n; i++) {
            completions.add(completion(random, staff));
        }
        LocalDate asOf = day(random, 1400);
        TrainingRule rule = TrainingRule.withDefaults().withMode(ValidityMode.values()[random.nextInt(3)]);
        TrainingCompliance before = rule.compliance(courses(), staff, completions, asOf);

        completions.add(completion(random, staff));
        TrainingCompliance after = rule.compliance(courses(), staff, completions, asOf);

        assertThat(before.overall().isAtMost(after.overall()))
                .as("%s then %s", before.overall(), after.overall()).isTrue();
        assertThat(after.overdue().size()).isLessThanOrEqualTo(before.overdue().size());
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void aNewPolicyVersionNeverRaisesCoverage(long seed) {
        Random random = new Random(seed);
        List<StaffMember> staff = staff(random);
        Policy policy = policy(random, "p1");
        List<Attestation> attestations = attestations(random, staff, List.of(policy));
        LocalDate asOf = day(random, 1400);
        CoverageRule rule = random.nextBoolean() ? CoverageRule.forSchools() : CoverageRule.withDefaults();
        LocalDate last = policy.versions().get(policy.versions().size() - 1).date();
        LocalDate on = last.plusDays(1 + random.nextInt(400));
        Policy next = policy.withNewVersion(PolicyVersion.approved("next", "a", on, "change",
                random.nextBoolean() ? List.of(Approval.of("Board", "Chair", on)) : List.of(), random.nextBoolean()));

        int before = rule.coverage(List.of(policy), staff, attestations, asOf).forPolicy("p1").numerator();
        int after = rule.coverage(List.of(next), staff, attestations, asOf).forPolicy("p1").numerator();
        assertThat(after).isLessThanOrEqualTo(before);
    }
}
