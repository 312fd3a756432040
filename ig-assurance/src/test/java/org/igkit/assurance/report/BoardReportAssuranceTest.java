package org.igkit.assurance.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.igkit.assets.AssetId;
import org.igkit.assurance.attestation.Attestation;
import org.igkit.assurance.attestation.AttestationMethod;
import org.igkit.assurance.dpia.Art35Case;
import org.igkit.assurance.dpia.Dpia;
import org.igkit.assurance.dpia.DpiaApproval;
import org.igkit.assurance.dpia.DpiaScreener;
import org.igkit.assurance.dpia.DpoAdvice;
import org.igkit.assurance.dpia.ScreeningAnswers;
import org.igkit.assurance.dspt.DsptAssessment;
import org.igkit.assurance.dspt.DsptStandards;
import org.igkit.assurance.dspt.ImprovementPlan;
import org.igkit.assurance.dspt.PlanAction;
import org.igkit.assurance.policy.Approval;
import org.igkit.assurance.register.AssuranceOptions;
import org.igkit.assurance.register.AssurancePorts;
import org.igkit.assurance.register.AssuranceRegister;
import org.igkit.assurance.roles.OrganisationProfile;
import org.igkit.assurance.policy.Policy;
import org.igkit.assurance.policy.PolicyVersion;
import org.igkit.assurance.sharing.AgreementStatus;
import org.igkit.assurance.sharing.Party;
import org.igkit.assurance.sharing.SharingAgreement;
import org.igkit.assurance.staff.StaffMember;
import org.igkit.assurance.training.Completion;
import org.igkit.assurance.training.Course;
import org.igkit.assurance.training.NewStarterDeadline;
import org.igkit.breach.memory.InMemoryBreachRepository;
import org.igkit.core.memory.InMemoryAuditLog;
import org.igkit.requests.memory.InMemoryRequestRepository;
import org.igkit.retention.memory.InMemoryDisposalBatchRepository;
import org.igkit.retention.memory.InMemoryRecordRepository;

/**
 * The board report's assurance figures for Q1 2025/26 (1 April to 30 June 2025), reported on 15 July and so taken
 * on 30 June, against registers worked by hand. Attestation counts the financial year 2025/26 (the default rule).
 */
class BoardReportAssuranceTest {
    private static final ReportPeriod Q1 = ReportPeriod.quarterFrom(LocalDate.of(2025, 4, 1));

    private static final AssuranceOptions OPTIONS = AssuranceOptions.defaultsFor(
            OrganisationProfile.of(OrganisationProfile.Type.NHS_BODY));
    private final AssurancePorts registers = AssuranceRegister.inMemory(InMemoryAuditLog.create(), OPTIONS,
            Clock.systemUTC()).ports();

    @BeforeEach
    void seed() {
        registers.staff().save(StaffMember.of("S1", "Ann", "Office", date("2020-09-01")));
        registers.staff().save(StaffMember.of("S2", "Bob", "Office", date("2020-09-01")));
        // a new starter of 20 June: within 30 days of the start for training and attestation alike
        registers.staff().save(StaffMember.of("S3", "Cat", "Office", date("2025-06-20")));
        registers.staff().save(StaffMember.of("S4", "Dan", "Office", date("2020-09-01")).withLeftOn(date("2025-05-31")));

        registers.courses().save(Course.mandatory("DP-1", "Data protection", Period.ofMonths(12),
                NewStarterDeadline.afterStart(Period.ofDays(30))));
        // S1 valid until 10 October 2025; S2's refresher ran out on 1 June 2025
        registers.completions().add(Completion.of("S1", "DP-1", date("2024-10-10")));
        registers.completions().add(Completion.of("S2", "DP-1", date("2024-06-01")));

        registers.policies().save(policy("P1", "2024-06-10"));   // review due 10 June 2025: overdue on 30 June
        registers.policies().save(policy("P2", "2024-06-30"));   // due 30 June 2025: due in Q1, not yet overdue
        registers.policies().save(policy("P3", "2024-09-01"));   // due 1 September 2025
        registers.policies().save(Policy.of("P4", "Draft policy", "DPO", "Head", Period.ofMonths(12),
                new PolicyVersion("0.1", "DPO", date("2025-05-01"), "Draft", List.of(), date("2025-05-01"), false)));
        attest("S1", "P1", "2025-04-10");
        attest("S1", "P2", "2025-04-10");
        attest("S1", "P3", "2025-04-10");
        attest("S2", "P1", "2025-04-11");
        attest("S2", "P2", "2025-03-30");   // the year before: does not count for 2025/26

        registers.dpias().save(approved("D1", "2025-03-03", "2025-04-01"));  // review due 1 April 2026
        registers.dpias().save(screened("D2", "2025-05-05", lawCase(false)));
        registers.dpias().save(screened("D3", "2025-04-15", ScreeningAnswers.none()));
        registers.dpias().save(approved("D4", "2024-04-01", "2024-05-01"));  // review due 1 May 2025: overdue
        registers.dpias().save(approved("D5", "2024-06-01", "2024-06-30"));  // review due 30 June 2025: due in Q1
        registers.dpias().save(screened("D6", "2025-06-01", lawCase(true)).start()
                .withDpoAdvice(DpoAdvice.accepted("consult the ICO", date("2025-06-02"), "Head"))
                .consultCommissioner(date("2025-06-03")));

        registers.agreements().save(agreement("I1", "2024-04-01", null, "2027-03-31", AgreementStatus.ACTIVE));
        registers.agreements().save(agreement("I2", "2024-04-01", "2025-04-01", "2025-08-31", AgreementStatus.ACTIVE));
        registers.agreements().save(agreement("I3", "2024-04-01", "2025-04-01", "2025-06-15", AgreementStatus.ACTIVE));
        registers.agreements().save(agreement("I4", "2024-04-01", null, "2025-07-31", AgreementStatus.DRAFT));

        registers.dspt().save(DsptAssessment.start("A1", "Trust", "2024-25", DsptStandards.ndg10(), "SIRO")
                .withPlan(new ImprovementPlan(List.of(new PlanAction("3", "train the porters", "IG lead",
                        date("2025-09-01"), false), new PlanAction("7", "test the plan", "IG lead",
                        date("2025-05-01"), true)), null)));
        registers.dspt().save(DsptAssessment.start("A2", "Trust", "2025-26", DsptStandards.ndg10(), "SIRO"));
    }

    private AssuranceFigures figures() {
        Clock clock = Clock.fixed(Instant.parse("2025-07-15T12:00:00Z"), ZoneOffset.UTC);
        return BoardReports.over(InMemoryRequestRepository.create(), InMemoryBreachRepository.create(),
                InMemoryRecordRepository.create(), InMemoryDisposalBatchRepository.create(),
                RegisterFigures.over(registers, OPTIONS), clock).report(Q1).assurance();
    }

    @Test
    @DisplayName("Policies: P1 overdue (due 10 June), P2 due in Q1 (30 June), P4 never approved; all four on the log")
    void policies() {
        PolicyFigures policies = figures().policies();

        assertThat(policies.onLog().ids()).containsExactly("P1", "P2", "P3", "P4");
        assertThat(policies.overdueForReview().ids()).containsExactly("P1");
        assertThat(policies.dueForReviewInPeriod().ids()).containsExactly("P2");
        assertThat(policies.neverApproved().ids()).containsExactly("P4");
    }

    @Test
    @DisplayName("Attestation in 2025/26: S1 and S2 required; P1 2 of 2, P2 and P3 1 of 2; all policies 1 of 2 = 50.0%")
    void attestation() {
        AttestationFigures attestation = figures().attestation();

        assertThat(attestation.required().ids()).containsExactly("S1", "S2");
        assertThat(attestation.perPolicy()).extracting(AttestationFigures.Line::policyId).containsExactly("P1", "P2", "P3");
        assertThat(attestation.perPolicy().get(0).covered().ids()).containsExactly("S1", "S2");
        assertThat(attestation.perPolicy().get(1).missing().ids()).containsExactly("S2");
        assertThat(attestation.perPolicy().get(2).share().percent()).isEqualByComparingTo("50.0");
        assertThat(attestation.coveredForAll().ids()).containsExactly("S1");
        assertThat(attestation.overall().percent()).isEqualByComparingTo("50.0");
    }

    @Test
    @DisplayName("Training on 30 June: S1 and S2 in scope (S3's induction pending, S4 gone); S1 valid, 50.0% against 95%")
    void training() {
        TrainingFigures training = figures().training();

        assertThat(training.inScope().ids()).containsExactly("S1", "S2");
        assertThat(training.compliant().ids()).containsExactly("S1");
        assertThat(training.notCompliant().ids()).containsExactly("S2");
        assertThat(training.share().percent()).isEqualByComparingTo("50.0");
        assertThat(training.target()).isEqualByComparingTo(new BigDecimal("0.95"));
        assertThat(training.meetsTarget()).isFalse();
    }

    @Test
    @DisplayName("DPIAs: D2, D3, D6 screened in Q1; D2 and D6 required and unsigned; D4 review overdue, D5 due; D6 with the ICO")
    void dpias() {
        DpiaFigures dpias = figures().dpias();

        assertThat(dpias.screenedInPeriod().ids()).containsExactly("D2", "D3", "D6");
        assertThat(dpias.required().ids()).containsExactly("D1", "D2", "D4", "D5", "D6");
        assertThat(dpias.requiredNotSignedOff().ids()).containsExactly("D2", "D6");
        assertThat(dpias.reviewOverdue().ids()).containsExactly("D4");
        assertThat(dpias.reviewDueInPeriod().ids()).containsExactly("D5");
        assertThat(dpias.priorConsultation().ids()).containsExactly("D6");
    }

    @Test
    @DisplayName("Sharing agreements: I1 review overdue (12 months from 1 April 2024); I2 ends 31 August; I3 expired 15 June")
    void sharing() {
        SharingFigures sharing = figures().sharing();

        assertThat(sharing.active().ids()).containsExactly("I1", "I2");
        assertThat(sharing.reviewOverdue().ids()).containsExactly("I1");
        assertThat(sharing.expiringInPeriod().ids()).containsExactly("I2");
        assertThat(sharing.expired().ids()).containsExactly("I3");
    }

    @Test
    @DisplayName("DSPT: the 2024-25 assessment, due 30 June 2025 (0 days), unpublished, one plan action open")
    void dspt() {
        DsptFigures dspt = figures().dspt();

        assertThat(dspt.assessmentYear()).isEqualTo("2024-25");
        assertThat(dspt.deadline()).isEqualTo(date("2025-06-30"));
        assertThat(dspt.daysToDeadline()).isZero();
        assertThat(dspt.status()).isNull();
        assertThat(dspt.openActions().ids()).containsExactly("A1/3");
    }

    private void attest(String staff, String policy, String on) {
        registers.attestations().add(Attestation.of(staff, policy, "1.0", date(on), AttestationMethod.ELECTRONIC));
    }

    private static Policy policy(String id, String approvedOn) {
        return Policy.of(id, "Policy " + id, "DPO", "Head", Period.ofMonths(12), PolicyVersion.approved("1.0", "DPO",
                date(approvedOn), "First issue", List.of(Approval.of("Head", "A Head", date(approvedOn))), false));
    }

    private static ScreeningAnswers lawCase(boolean residualHighRisk) {
        return new ScreeningAnswers(Set.of(Art35Case.LARGE_SCALE_SPECIAL_CATEGORY), Set.of(), Set.of(), residualHighRisk);
    }

    private static Dpia screened(String id, String on, ScreeningAnswers answers) {
        return Dpia.screened(id, "Processing " + id, Set.of(AssetId.of("MIS")), answers,
                DpiaScreener.withDefaults().screen(answers), date(on));
    }

    private static Dpia approved(String id, String screenedOn, String approvedOn) {
        return screened(id, screenedOn, lawCase(false)).start()
                .withDpoAdvice(DpoAdvice.accepted("proceed", date(screenedOn), "Head"))
                .approve(List.of(new DpiaApproval("Head", "A Head", date(approvedOn), false)), date(approvedOn),
                        Period.ofMonths(12));
    }

    private static SharingAgreement agreement(String id, String from, String reviewed, String to, AgreementStatus status) {
        return new SharingAgreement(id, "Agreement " + id, List.of(Party.controller("School", "Art 6(1)(e)"),
                Party.controller("Council", "Art 6(1)(e)")), List.of("census"), List.of("name"), "6 years", "encrypted",
                date(from), to == null ? null : date(to), reviewed == null ? null : date(reviewed), List.of(), status,
                null, 0);
    }

    private static LocalDate date(String text) {
        return LocalDate.parse(text);
    }
}
