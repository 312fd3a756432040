package org.igkit.assurance.dpia;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Set;

import org.igkit.assets.AssetId;
import org.igkit.core.error.ConflictException;
import org.igkit.core.error.ValidationException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The DPIA lifecycle (ICO, How do we do a DPIA?; UK GDPR Art 35(2), 35(11), 36). */
class DpiaLifecycleTest {
    private static final LocalDate D = LocalDate.of(2025, 3, 3);
    private static final DpoAdvice ADVICE = DpoAdvice.accepted("Proceed with the measures", D, "SIRO");
    private static final List<DpiaApproval> SIRO = List.of(new DpiaApproval("SIRO", "A Director", D, true));

    static Dpia screened(ScreeningAnswers answers, String... assets) {
        Set<AssetId> covered = Set.of(assets).stream().map(AssetId::of).collect(java.util.stream.Collectors.toSet());
        return Dpia.screened("dpia-1", "Cloud MIS", covered, answers, DpiaScreener.withDefaults().screen(answers), D);
    }

    @Test
    @DisplayName("screened, in progress, DPO advice, approved (review due 12 months on, spec §1.5), review due, restarted")
    void theWholeLifecycle() {
        Dpia approved = screened(ScreeningAnswers.none().with(Wp248Criterion.SENSITIVE_DATA,
                Wp248Criterion.VULNERABLE_SUBJECTS), "MIS").start().withDpoAdvice(ADVICE)
                .approve(SIRO, LocalDate.of(2025, 4, 1), Period.ofMonths(12));

        assertThat(approved.stage()).isEqualTo(DpiaStage.APPROVED);
        assertThat(approved.reviewDueOn()).isEqualTo(LocalDate.of(2026, 4, 1));
        assertThat(approved.isReviewDueOn(LocalDate.of(2026, 4, 1))).isTrue();
        Dpia due = approved.reviewDue(LocalDate.of(2025, 9, 1), "new biometric module");
        assertThat(due.stage()).isEqualTo(DpiaStage.REVIEW_DUE);
        assertThat(due.start().stage()).isEqualTo(DpiaStage.IN_PROGRESS);
    }

    @Test
    @DisplayName("Art 35(2): no approval before the DPO's advice is recorded")
    void noApprovalWithoutDpoAdvice() {
        Dpia started = screened(ScreeningAnswers.none(), "MIS").start();
        assertThatThrownBy(() -> started.approve(SIRO, D, Period.ofMonths(12)))
                .isInstanceOfSatisfying(ConflictException.class,
                        e -> assertThat(e.reason()).isEqualTo(ConflictException.Reason.INVALID_STATE));
        assertThatThrownBy(() -> screened(ScreeningAnswers.none(), "MIS").withDpoAdvice(ADVICE))
                .isInstanceOf(ConflictException.class);
    }

    @Test
    @DisplayName("Art 36(1): with residual high risk, approval waits for the Commissioner's advice")
    void residualHighRiskNeedsPriorConsultation() {
        Dpia advised = screened(ScreeningAnswers.none().withResidualHighRisk(true), "MIS").start().withDpoAdvice(ADVICE);
        assertThatThrownBy(() -> advised.approve(SIRO, D, Period.ofMonths(12))).isInstanceOf(ConflictException.class);

        Dpia consulting = advised.consultCommissioner(LocalDate.of(2025, 3, 3));
        assertThat(consulting.consultation().adviceDueOn()).isEqualTo(LocalDate.of(2025, 4, 28));
        assertThatThrownBy(() -> consulting.approve(SIRO, D, Period.ofMonths(12))).isInstanceOf(ConflictException.class);

        Dpia approved = consulting.withConsultation(consulting.consultation()
                .withAdviceReceivedOn(LocalDate.of(2025, 4, 20))).approve(SIRO, LocalDate.of(2025, 4, 25),
                        Period.ofMonths(12));
        assertThat(approved.stage()).isEqualTo(DpiaStage.APPROVED);
    }

    @Test
    @DisplayName("spec §1.5 step 4: without advice, approval waits until the 8 weeks have lapsed and a decision is recorded")
    void aDecisionAfterTheLapsedPeriod() {
        Dpia consulting = screened(ScreeningAnswers.none().withResidualHighRisk(true), "MIS").start()
                .withDpoAdvice(ADVICE).consultCommissioner(LocalDate.of(2025, 3, 3));
        Dpia decided = consulting.withConsultation(consulting.consultation()
                .withDecisionAfterLapse("no advice received; proceeding with the measures"));

        assertThatThrownBy(() -> decided.approve(SIRO, LocalDate.of(2025, 4, 28), Period.ofMonths(12)))
                .isInstanceOf(ConflictException.class);
        assertThat(decided.approve(SIRO, LocalDate.of(2025, 4, 29), Period.ofMonths(12)).stage())
                .isEqualTo(DpiaStage.APPROVED);
    }

    @Test
    void consultingWithoutResidualHighRiskIsRefused() {
        Dpia advised = screened(ScreeningAnswers.none(), "MIS").start().withDpoAdvice(ADVICE);
        assertThatThrownBy(() -> advised.consultCommissioner(D)).isInstanceOf(ConflictException.class);
    }

    @Test
    @DisplayName("ICO DPIA step 7: overruled DPO advice needs reasons; the DPO accepting residual risk is flagged (Art 38(6))")
    void dpoAdviceAndConflicts() {
        assertThatThrownBy(() -> DpoAdvice.overruled("Do not proceed", D, "SIRO", " "))
                .isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.violations().get(0).path()).isEqualTo("reasons"));
        Dpia approved = screened(ScreeningAnswers.none(), "MIS").start().withDpoAdvice(ADVICE)
                .approve(List.of(new DpiaApproval(DpiaApproval.DPO, "The DPO", D, true)), D, Period.ofMonths(12));
        assertThat(approved.dpoAcceptsResidualRisk()).isTrue();
    }

    @Test
    @DisplayName("Art 35(1): an asset whose processing screens REQUIRED with no approved DPIA is a warning")
    void requiredWithoutApprovedDpia() {
        Dpia required = screened(ScreeningAnswers.none().with(IcoListType.BIOMETRIC), "CATERING");
        Dpia considered = Dpia.screened("dpia-2", "Newsletter", Set.of(AssetId.of("NEWS")), ScreeningAnswers.none(),
                DpiaScreener.withDefaults().screen(ScreeningAnswers.none()), D);

        List<DpiaWarning> warnings = DpiaWarning.of(List.of(required, considered));
        assertThat(warnings).extracting(DpiaWarning::asset).containsExactly(AssetId.of("CATERING"));
        assertThat(warnings.get(0).toString()).contains("Art 35(1)");

        Dpia approved = required.start().withDpoAdvice(ADVICE).approve(SIRO, D, Period.ofMonths(12));
        assertThat(DpiaWarning.of(List.of(approved, considered))).isEmpty();
    }
}
