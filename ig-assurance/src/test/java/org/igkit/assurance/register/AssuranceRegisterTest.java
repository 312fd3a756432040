package org.igkit.assurance.register;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

import org.igkit.assets.AssetId;
import org.igkit.assurance.attestation.Attestation;
import org.igkit.assurance.attestation.AttestationMethod;
import org.igkit.assurance.dpia.DpiaApproval;
import org.igkit.assurance.dpia.DpiaStage;
import org.igkit.assurance.dpia.DpoAdvice;
import org.igkit.assurance.dpia.IcoListType;
import org.igkit.assurance.dpia.ScreeningAnswers;
import org.igkit.assurance.dspt.DsptAssessment;
import org.igkit.assurance.dspt.DsptStandards;
import org.igkit.assurance.dspt.SignOff;
import org.igkit.assurance.memory.InMemoryAttestationRepository;
import org.igkit.assurance.memory.InMemoryCompletionRepository;
import org.igkit.assurance.memory.InMemoryCourseRepository;
import org.igkit.assurance.memory.InMemoryDpiaRepository;
import org.igkit.assurance.memory.InMemoryDsptAssessmentRepository;
import org.igkit.assurance.memory.InMemoryPolicyRepository;
import org.igkit.assurance.memory.InMemoryRoleRepository;
import org.igkit.assurance.memory.InMemorySharingAgreementRepository;
import org.igkit.assurance.memory.InMemoryStaffRepository;
import org.igkit.assurance.policy.Approval;
import org.igkit.assurance.policy.BreachReference;
import org.igkit.assurance.policy.Policy;
import org.igkit.assurance.policy.PolicyVersion;
import org.igkit.assurance.roles.OrganisationProfile;
import org.igkit.assurance.staff.StaffMember;
import org.igkit.assurance.training.Completion;
import org.igkit.assurance.training.Course;
import org.igkit.assurance.training.NewStarterDeadline;
import org.igkit.core.error.ConflictException;
import org.igkit.core.error.NotFoundException;
import org.igkit.core.error.ValidationException;
import org.igkit.core.memory.InMemoryAuditLog;
import org.igkit.core.port.UnitOfWork;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The application service over the in-memory ports: every change validated, version-checked, saved and audited in one unit. */
class AssuranceRegisterTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2025-11-10T10:00:00Z"), ZoneId.of("Europe/London"));
    private static final LocalDate D = LocalDate.of(2025, 6, 10);

    private final InMemoryAuditLog audit = InMemoryAuditLog.create();
    private final List<String> units = new ArrayList<>();
    private final UnitOfWork counting = new UnitOfWork() {
        private final UnitOfWork inner = UnitOfWork.serialised();

        @Override
        public <T> T run(String doing, Supplier<T> work) {
            units.add(doing);
            return inner.run(doing, work);
        }
    };
    private final AssuranceRegister assurance = AssuranceRegister.of(new AssurancePorts(
            InMemoryPolicyRepository.create(), InMemoryAttestationRepository.create(), InMemoryStaffRepository.create(),
            InMemoryCourseRepository.create(), InMemoryCompletionRepository.create(), InMemoryDpiaRepository.create(),
            InMemorySharingAgreementRepository.create(), InMemoryRoleRepository.create(),
            InMemoryDsptAssessmentRepository.create(), audit, counting),
            AssuranceOptions.defaultsFor(OrganisationProfile.of(OrganisationProfile.Type.SCHOOL)), CLOCK);

    static Policy policy(String id) {
        return Policy.of(id, id, "DPO", "Governing Board", Period.ofMonths(12), PolicyVersion.approved("1.0", "DPO", D,
                "First issue", List.of(Approval.of("Board", "Chair", D)), false));
    }

    private List<String> actions(String subjectType, String id) {
        return audit.forSubject(subjectType, id).stream().map(e -> e.event().action()).toList();
    }

    @Test
    @DisplayName("a breach recorded against a policy brings its review to within 30 days, audited, in one unit")
    void aBreachTriggersAReview() {
        assurance.policies().add(policy("dp"), "dpo");
        assurance.policies().add(policy("records"), "dpo");

        List<Policy> saved = assurance.policies().recordBreach(BreachReference.of("BR-9", LocalDate.of(2025, 11, 3),
                "dp", "records"), "dpo");

        assertThat(saved).extracting(Policy::version).containsExactly(2L, 2L);
        assertThat(assurance.policies().reviewStatus("dp", LocalDate.of(2025, 11, 10)).dueOn())
                .isEqualTo(LocalDate.of(2025, 12, 3));
        assertThat(actions(PolicyRegister.SUBJECT, "dp")).containsExactly(PolicyRegister.ADDED_ACTION,
                PolicyRegister.TRIGGER_RECORDED_ACTION);
        assertThat(units).hasSize(3);
        assertThat(audit.verify().isIntact()).isTrue();
    }

    @Test
    @DisplayName("a breach naming an unknown policy writes nothing")
    void aBreachAgainstAnUnknownPolicyWritesNothing() {
        assurance.policies().add(policy("dp"), "dpo");
        assertThatThrownBy(() -> assurance.policies().recordBreach(BreachReference.of("BR-9", D, "dp", "ghost"), "dpo"))
                .isInstanceOf(NotFoundException.class);
        assertThat(assurance.policies().get("dp").triggers()).isEmpty();
    }

    @Test
    @DisplayName("a change at a stale version is a conflict and is not audited")
    void staleVersionsAreRefused() {
        Policy added = assurance.policies().add(policy("dp"), "dpo");
        assurance.policies().recordLegislativeChange("dp", added.version(), D.plusDays(5), "new guidance", "dpo");

        assertThatThrownBy(() -> assurance.policies().recordLegislativeChange("dp", added.version(), D.plusDays(6),
                "other", "clerk")).isInstanceOfSatisfying(ConflictException.class,
                        e -> assertThat(e.reason()).isEqualTo(ConflictException.Reason.VERSION_MISMATCH));
        assertThat(audit.forSubject(PolicyRegister.SUBJECT, "dp")).extracting(e -> e.event().actor())
                .containsExactly("dpo", "dpo");
    }

    @Test
    @DisplayName("attestations need a known person and a version on the policy's table; a refused batch writes nothing")
    void attestationsAreChecked() {
        assurance.policies().add(policy("dp"), "dpo");
        assurance.training().saveStaff(StaffMember.of("s1", "A", "office", LocalDate.of(2020, 1, 1)), "hr");

        assertThatThrownBy(() -> assurance.attestations().record(Attestation.of("s2", "dp", "9.9", D,
                AttestationMethod.ELECTRONIC), "hr")).isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.violations()).extracting(v -> v.path()).containsExactly("staffId",
                                "policyVersion"));
        assertThatThrownBy(() -> assurance.attestations().recordAll("sept", List.of(
                Attestation.of("s1", "dp", "1.0", D, AttestationMethod.ELECTRONIC),
                Attestation.of("s1", "nope", "1.0", D, AttestationMethod.ELECTRONIC)), "hr"))
                .isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.violations().get(0).path()).isEqualTo("[1].policyId"));
        assertThat(assurance.attestations().ofStaff("s1")).isEmpty();

        assertThat(assurance.attestations().record(Attestation.of("s1", "dp", "1.0", LocalDate.of(2025, 9, 3),
                AttestationMethod.START_OF_YEAR_SIGN_IN), "hr")).isTrue();
        assertThat(assurance.attestations().coverage(List.of("dp"), LocalDate.of(2025, 11, 10)).allPolicies()
                .numerator()).isEqualTo(1);
    }

    @Test
    @DisplayName("training: completions are checked and audited; compliance reads every page")
    void trainingCompliance() {
        assurance.training().saveCourse(Course.mandatory("dp", "DP", Period.ofMonths(12),
                NewStarterDeadline.byProbationEnd()), "hr");
        List<StaffMember> staff = new ArrayList<>();
        for (int i = 0; i < 1500; i++) {
            staff.add(StaffMember.of(String.format("s%04d", i), "S", "t" + i % 4, LocalDate.of(2020, 1, 1)));
        }
        assurance.training().saveStaff("hr-export-1", staff, "hr");
        List<Completion> done = staff.subList(0, 1450).stream()
                .map(s -> Completion.of(s.id(), "dp", LocalDate.of(2025, 3, 1))).toList();
        assertThat(assurance.training().recordCompletions("lms-1", done, "hr")).isEqualTo(1450);

        assertThat(assurance.training().compliance().overall().numerator()).isEqualTo(1450);
        assertThat(assurance.training().compliance().overall().denominator()).isEqualTo(1500);
        assertThat(actions(TrainingRegister.COMPLETION_SUBJECT, "lms-1"))
                .containsExactly(TrainingRegister.COMPLETION_BATCH_RECORDED_ACTION);
        assertThatThrownBy(() -> assurance.training().recordCompletion(Completion.of("s0001", "cyber", D), "hr"))
                .isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.violations().get(0).path()).isEqualTo("courseId"));
    }

    @Test
    @DisplayName("a DPIA moves through its lifecycle, each move audited; the school may require the DPO's approval")
    void dpiaLifecycle() {
        var dpias = assurance.dpias();
        var screened = dpias.screen("dpia-1", "Fingerprint catering", Set.of(AssetId.of("CATERING")),
                ScreeningAnswers.none().with(IcoListType.BIOMETRIC), "dpo");
        assertThat(dpias.warnings()).hasSize(1);
        var started = dpias.start("dpia-1", screened.version(), "dpo");
        var advised = dpias.recordDpoAdvice("dpia-1", started.version(), DpoAdvice.accepted("ok", D, "Head"), "dpo");
        var approved = dpias.approve("dpia-1", advised.version(), List.of(new DpiaApproval("Headteacher", "Head",
                LocalDate.of(2025, 11, 10), true)), "head");

        assertThat(approved.stage()).isEqualTo(DpiaStage.APPROVED);
        assertThat(approved.reviewDueOn()).isEqualTo(LocalDate.of(2026, 11, 10));
        assertThat(dpias.warnings()).isEmpty();
        assertThat(actions(DpiaRegister.SUBJECT, "dpia-1")).containsExactly(DpiaRegister.SCREENED_ACTION,
                DpiaRegister.STARTED_ACTION, DpiaRegister.DPO_ADVICE_ACTION, DpiaRegister.APPROVED_ACTION);

        AssuranceRegister strict = AssuranceRegister.inMemory(InMemoryAuditLog.create(), assurance.options()
                .withDpoMustApproveDpias(true), CLOCK);
        assertThatThrownBy(() -> strict.dpias().approve("dpia-1", 3, List.of(new DpiaApproval("Headteacher", "Head",
                D, false)), "head")).isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.violations().get(0).path()).isEqualTo("approvals"));
    }

    @Test
    @DisplayName("DSPT: publication needs the SIRO and CEO sign-offs")
    void dsptPublication() {
        var dspt = assurance.dspt();
        DsptAssessment started = dspt.start(DsptAssessment.start("dspt-1", "RXX", "2025-26", DsptStandards.ndg10(),
                "IG"), "ig");
        DsptAssessment siro = dspt.signOff("dspt-1", started.version(), new SignOff("SIRO", "A", D), "siro");

        assertThatThrownBy(() -> dspt.publish("dspt-1", siro.version(), "ig")).isInstanceOf(ValidationException.class);
        assertThat(dspt.get("dspt-1").isPublished()).isFalse();
        assertThat(actions(DsptRegister.SUBJECT, "dspt-1")).containsExactly(DsptRegister.STARTED_ACTION,
                DsptRegister.SIGNED_OFF_ACTION);
    }
}
