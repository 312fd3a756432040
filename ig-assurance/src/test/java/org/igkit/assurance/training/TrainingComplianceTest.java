package org.igkit.assurance.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.igkit.assurance.Proportion;
import org.igkit.assurance.staff.Absence;
import org.igkit.assurance.staff.StaffMember;
import org.igkit.core.error.ValidationException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Spec §4 and §11.2. */
class TrainingComplianceTest {
    private static final TrainingRule RULE = TrainingRule.withDefaults();
    private static final Course DP = Course.mandatory("dp", "Data protection awareness", Period.ofMonths(12),
            NewStarterDeadline.byProbationEnd());
    private static final LocalDate AS_OF = LocalDate.of(2025, 6, 1);

    static List<StaffMember> staff(int n) {
        List<StaffMember> all = new ArrayList<>();
        for (int i = 1; i <= n; i++) {
            all.add(StaffMember.of(String.format("s%03d", i), "Staff " + i, "team" + (i % 3), LocalDate.of(2019, 4, 1)));
        }
        return all;
    }

    static List<Completion> completed(List<StaffMember> who, LocalDate on) {
        return who.stream().map(s -> Completion.of(s.id(), "dp", on)).toList();
    }

    @Test
    @DisplayName("spec §11.2 T1: 190 valid of 200 in scope against 0.95 is 95.0%, which meets the target (>=)")
    void exactlyOnTarget() {
        List<StaffMember> staff = staff(200);
        TrainingCompliance result = RULE.compliance(List.of(DP), staff, completed(staff.subList(0, 190),
                LocalDate.of(2025, 1, 10)), AS_OF);

        assertThat(result.overall()).isEqualTo(Proportion.of(190, 200));
        assertThat(result.overall().percent()).contains(new BigDecimal("95.0"));
        assertThat(result.meetsTarget()).isTrue();
        assertThat(result.overdue()).hasSize(10);
        assertThat(result.explanation().toString()).contains("meets the target of 95%");
    }

    @Test
    @DisplayName("spec §11.2 T2: 188 of 200 is 94.0%, below the target")
    void belowTarget() {
        List<StaffMember> staff = staff(200);
        TrainingCompliance result = RULE.compliance(List.of(DP), staff, completed(staff.subList(0, 188),
                LocalDate.of(2025, 1, 10)), AS_OF);

        assertThat(result.overall().percent()).contains(new BigDecimal("94.0"));
        assertThat(result.meetsTarget()).isFalse();
    }

    @Test
    @DisplayName("spec §11.2 T3: headcount 200, 5 long-term absent excluded, 186 valid: 186/195 = 95.38%, shown 95.4%, meets")
    void longTermAbsenceIsExcluded() {
        List<StaffMember> staff = new ArrayList<>(staff(200));
        for (int i = 195; i < 200; i++) {
            staff.set(i, staff.get(i).withAbsence(Absence.from(LocalDate.of(2025, 1, 6), "long-term sickness")));
        }
        TrainingCompliance result = RULE.compliance(List.of(DP), staff, completed(staff.subList(0, 186),
                LocalDate.of(2025, 1, 10)), AS_OF);

        assertThat(result.overall()).isEqualTo(Proportion.of(186, 195));
        assertThat(result.overall().percent()).contains(new BigDecimal("95.4"));
        assertThat(result.meetsTarget()).isTrue();
        assertThat(RULE.excludingLongTermAbsent(false).compliance(List.of(DP), staff,
                completed(staff.subList(0, 186), LocalDate.of(2025, 1, 10)), AS_OF).overall())
                .isEqualTo(Proportion.of(186, 200));
    }

    @Test
    @DisplayName("spec §11.2 T4 (ICO refresher training): completed 2024-10-10 is valid on 2025-10-09, expired on 2025-10-10")
    void aRefresherLapsesOnTheAnniversary() {
        assertThat(ValidityMode.ROLLING.isValid(LocalDate.of(2024, 10, 10), Period.ofMonths(12),
                LocalDate.of(2025, 10, 9))).isTrue();
        assertThat(ValidityMode.ROLLING.isValid(LocalDate.of(2024, 10, 10), Period.ofMonths(12),
                LocalDate.of(2025, 10, 10))).isFalse();
        assertThat(ValidityMode.THROUGH_ANNIVERSARY.isValid(LocalDate.of(2024, 10, 10), Period.ofMonths(12),
                LocalDate.of(2025, 10, 10))).isTrue();
    }

    @Test
    @DisplayName("spec §11.2 T5 (retention.md §3, 29 Feb): completed 2024-02-29 is valid to 2025-02-27, expired from 2025-02-28")
    void aLeapDayCompletion() {
        assertThat(ValidityMode.ROLLING.isValid(LocalDate.of(2024, 2, 29), Period.ofMonths(12),
                LocalDate.of(2025, 2, 27))).isTrue();
        assertThat(ValidityMode.ROLLING.isValid(LocalDate.of(2024, 2, 29), Period.ofMonths(12),
                LocalDate.of(2025, 2, 28))).isFalse();
        assertThat(ValidityMode.ROLLING.expiresOn(LocalDate.of(2024, 2, 29), Period.ofMonths(12)))
                .isEqualTo(LocalDate.of(2025, 2, 28));
    }

    @Test
    @DisplayName("spec §11.2 T6 (S4 9.3): starter 2025-09-01, probation ends 2026-03-01, untrained: pending 2026-01-15, non-compliant 2026-03-02")
    void inductionBeforeProbationEnds() {
        StaffMember starter = StaffMember.of("new", "New Starter", "office", LocalDate.of(2025, 9, 1))
                .withProbationEndsOn(LocalDate.of(2026, 3, 1));

        assertThat(RULE.standingOf(starter, List.of(DP), List.of(), LocalDate.of(2026, 1, 15)).standing())
                .isEqualTo(PersonTraining.Standing.INDUCTION_PENDING);
        assertThat(RULE.compliance(List.of(DP), List.of(starter), List.of(), LocalDate.of(2026, 1, 15)).overall())
                .isEqualTo(Proportion.of(0, 0));
        assertThat(RULE.standingOf(starter, List.of(DP), List.of(), LocalDate.of(2026, 3, 2)).standing())
                .isEqualTo(PersonTraining.Standing.NON_COMPLIANT);
        assertThat(RULE.standingOf(starter.withFirstAccessOn(LocalDate.of(2025, 9, 8)), List.of(DP), List.of(),
                LocalDate.of(2026, 1, 15)).standing()).isEqualTo(PersonTraining.Standing.NON_COMPLIANT);
    }

    @Test
    @DisplayName("spec §11.2 T7: ACADEMIC_YEAR, completed 2025-08-20, asOf 2025-09-15: non-compliant for AY 2025/26; rolling: compliant")
    void academicYearMode() {
        StaffMember teacher = StaffMember.of("t", "Teacher", "teaching", LocalDate.of(2018, 9, 1));
        List<Completion> done = List.of(Completion.of("t", "dp", LocalDate.of(2025, 8, 20)));

        assertThat(RULE.withMode(ValidityMode.ACADEMIC_YEAR).standingOf(teacher, List.of(DP), done,
                LocalDate.of(2025, 9, 15)).standing()).isEqualTo(PersonTraining.Standing.NON_COMPLIANT);
        assertThat(RULE.standingOf(teacher, List.of(DP), done, LocalDate.of(2025, 9, 15)).standing())
                .isEqualTo(PersonTraining.Standing.COMPLIANT);
    }

    @Test
    @DisplayName("role-based training (S0 §6): a person is compliant only if every course their role requires is valid")
    void roleBasedCourses() {
        Course safeguarding = Course.forRoles("sg", "Safeguarding records", Set.of("dsl"), Period.ofMonths(24),
                NewStarterDeadline.afterStart(Period.ofMonths(1)));
        StaffMember dsl = StaffMember.of("d", "Lead", "pastoral", LocalDate.of(2018, 9, 1)).withRoles(Set.of("dsl"));
        List<Completion> onlyDp = List.of(Completion.of("d", "dp", LocalDate.of(2025, 1, 1)));

        PersonTraining standing = RULE.standingOf(dsl, List.of(DP, safeguarding), onlyDp, AS_OF);
        assertThat(standing.standing()).isEqualTo(PersonTraining.Standing.NON_COMPLIANT);
        assertThat(standing.missingCourses()).containsExactly("sg");
    }

    @Test
    void dueSoonListsCompletionsLapsingWithinTheWindow() {
        List<StaffMember> staff = staff(2);
        List<Completion> done = List.of(Completion.of("s001", "dp", LocalDate.of(2024, 6, 20)),
                Completion.of("s002", "dp", LocalDate.of(2025, 3, 1)));

        TrainingCompliance result = RULE.compliance(List.of(DP), staff, done, AS_OF);
        assertThat(result.dueSoon()).extracting(PersonTraining::staffId).containsExactly("s001");
    }

    @Test
    void badInputNamesTheField() {
        assertThatThrownBy(() -> Course.forRoles("x", "X", Set.of(), null, NewStarterDeadline.byProbationEnd()))
                .isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.violations().get(0).path()).isEqualTo("roles"));
        assertThatThrownBy(() -> RULE.withTarget(new BigDecimal("1.5"))).isInstanceOfSatisfying(
                ValidationException.class, e -> assertThat(e.violations().get(0).path()).isEqualTo("target"));
    }
}
