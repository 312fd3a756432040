package org.igkit.store.sqlite;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Set;

import org.igkit.assets.AssetId;
import org.igkit.assurance.attestation.Attestation;
import org.igkit.assurance.attestation.AttestationMethod;
import org.igkit.assurance.dpia.Art35Case;
import org.igkit.assurance.dpia.Dpia;
import org.igkit.assurance.dpia.DpiaApproval;
import org.igkit.assurance.dpia.DpiaScreener;
import org.igkit.assurance.dpia.DpoAdvice;
import org.igkit.assurance.dpia.ScreeningAnswers;
import org.igkit.assurance.dpia.Wp248Criterion;
import org.igkit.assurance.dspt.DsptAssessment;
import org.igkit.assurance.dspt.DsptStandards;
import org.igkit.assurance.dspt.ImprovementPlan;
import org.igkit.assurance.dspt.PlanAction;
import org.igkit.assurance.policy.Approval;
import org.igkit.assurance.policy.Policy;
import org.igkit.assurance.policy.PolicyVersion;
import org.igkit.assurance.policy.ReviewOutcome;
import org.igkit.assurance.roles.RoleAppointment;
import org.igkit.assurance.roles.RoleKind;
import org.igkit.assurance.sharing.AgreementEvent;
import org.igkit.assurance.sharing.AgreementStatus;
import org.igkit.assurance.sharing.Party;
import org.igkit.assurance.sharing.SharingAgreement;
import org.igkit.assurance.staff.Absence;
import org.igkit.assurance.staff.StaffMember;
import org.igkit.assurance.training.Completion;
import org.igkit.assurance.training.Course;
import org.igkit.assurance.training.NewStarterDeadline;

/** One of each assurance entity with every nested value filled, as a school's registers would hold them. */
final class AssuranceSamples {
    private AssuranceSamples() {
    }

    static Policy policy(String id) {
        PolicyVersion first = PolicyVersion.approved("1.0", "DPO", LocalDate.of(2024, 6, 1), "First issue",
                List.of(Approval.of("Headteacher", "A Head", LocalDate.of(2024, 6, 10)),
                        new Approval("Governors", "Chair", LocalDate.of(2024, 6, 10), "FGB-2024-06")), false);
        return Policy.of(id, "Data protection policy", "DPO", "Headteacher and Governing Board", Period.ofMonths(12),
                first).reviewed(LocalDate.of(2025, 5, 20), "DPO", ReviewOutcome.NO_CHANGE,
                PolicyVersion.approved("1.1", "DPO", LocalDate.of(2025, 5, 20), "No changes made",
                        List.of(Approval.of("Headteacher", "A Head", LocalDate.of(2025, 5, 20))), false));
    }

    static Course course(String id) {
        return Course.mandatory(id, "Data protection essentials", Period.ofMonths(12),
                NewStarterDeadline.afterStart(Period.ofDays(30)));
    }

    static Course probationCourse(String id) {
        return Course.forRoles(id, "Records for SEN staff", Set.of("SENCO"), Period.ofYears(2),
                NewStarterDeadline.byProbationEnd());
    }

    static StaffMember staff(String id) {
        return StaffMember.of(id, "Staff " + id, "Teaching", LocalDate.of(2020, 9, 1))
                .withProbationEndsOn(LocalDate.of(2021, 3, 1))
                .withAbsence(new Absence(LocalDate.of(2025, 1, 6), LocalDate.of(2025, 3, 31), "long-term sick"))
                .withRoles(Set.of("SENCO"));
    }

    static Dpia dpia(String id, String... assets) {
        ScreeningAnswers answers = new ScreeningAnswers(Set.of(Art35Case.LARGE_SCALE_SPECIAL_CATEGORY), Set.of(),
                Set.of(Wp248Criterion.SENSITIVE_DATA, Wp248Criterion.VULNERABLE_SUBJECTS), false);
        Set<AssetId> covered = java.util.Arrays.stream(assets).map(AssetId::of)
                .collect(java.util.stream.Collectors.toSet());
        return Dpia.screened(id, "New cloud MIS", covered, answers, DpiaScreener.withDefaults().screen(answers),
                LocalDate.of(2025, 3, 3));
    }

    static Dpia approvedDpia(String id, String... assets) {
        return dpia(id, assets).start()
                .withDpoAdvice(DpoAdvice.accepted("proceed with role-based access", LocalDate.of(2025, 3, 20), "Head"))
                .approve(List.of(new DpiaApproval("Headteacher", "A Head", LocalDate.of(2025, 4, 1), false)),
                        LocalDate.of(2025, 4, 1), Period.ofMonths(12));
    }

    static SharingAgreement agreement(String id) {
        return new SharingAgreement(id, "Pupil data to the local authority",
                List.of(Party.controller("School", "Art 6(1)(e)"), Party.controller("County Council", "Art 6(1)(e)")),
                List.of("census"), List.of("name", "date of birth", "SEN status"), "6 years", "encrypted transfer",
                LocalDate.of(2024, 4, 1), LocalDate.of(2027, 3, 31), LocalDate.of(2025, 4, 1),
                List.of(new AgreementEvent(AgreementEvent.Kind.BREACH, LocalDate.of(2025, 9, 3), "BR-7")),
                AgreementStatus.ACTIVE, "DPIA-1", 0);
    }

    static RoleAppointment role(String id, RoleKind kind) {
        return RoleAppointment.of(id, kind, "Person " + id, LocalDate.of(2024, 9, 1));
    }

    static DsptAssessment dspt(String id) {
        return DsptAssessment.start(id, "Trust", "2025-26", DsptStandards.ndg10(), "SIRO")
                .withPlan(new ImprovementPlan(List.of(new PlanAction("3", "train the porters", "IG lead",
                        LocalDate.of(2026, 3, 1), false)), null));
    }

    static Attestation attestation(String staffId, String policyId, String version) {
        return Attestation.of(staffId, policyId, version, LocalDate.of(2025, 9, 3), AttestationMethod.START_OF_YEAR_SIGN_IN);
    }

    static Completion completion(String staffId, String courseId) {
        return Completion.of(staffId, courseId, LocalDate.of(2025, 9, 10));
    }
}
