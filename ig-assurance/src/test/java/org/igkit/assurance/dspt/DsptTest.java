package org.igkit.assurance.dspt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.time.LocalDate;
import java.util.List;

import org.igkit.core.error.ConflictException;
import org.igkit.core.error.ValidationException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Spec §3 vectors S1 and S2, and the shipped standards. */
class DsptTest {
    private static final DsptRule RULE = DsptRule.withDefaults();

    static DsptAssessment assessment() {
        return DsptAssessment.start("dspt-2024-25", "RXX", "2024-25", DsptStandards.ndg10(), "IG Manager");
    }

    static DsptAssessment allAchieved() {
        DsptAssessment a = assessment();
        for (OutcomeAssessment o : a.outcomes()) {
            a = a.withOutcome(o.withStatus(OutcomeStatus.ACHIEVED));
        }
        return a;
    }

    @Test
    @DisplayName("the shipped NDG standards load: 10, NDG1 to NDG10, each naming its source (NHS England DSPT assessment guides)")
    void shippedStandardsLoad() {
        List<DsptStandard> standards = DsptStandards.ndg10();
        assertThat(standards).hasSize(10);
        assertThat(standards).extracting(DsptStandard::id).startsWith("NDG1").endsWith("NDG10");
        assertThat(standards.get(2).title()).isEqualTo("Training");
        assertThat(standards).allSatisfy(s -> {
            assertThat(s.framework()).isEqualTo(DsptFramework.NDG10);
            assertThat(s.source()).contains("NHS England");
            assertThat(s.url()).startsWith("https://digital.nhs.uk/");
        });
    }

    @Test
    void aBadStandardsFileNamesTheLine() {
        assertThatThrownBy(() -> DsptStandards.load(new StringReader(
                "framework,id,title,source,url\nCAF,A1.a,,NHS England,\n"))).isInstanceOfSatisfying(
                        ValidationException.class, e -> assertThat(e.violations().get(0).path())
                                .isEqualTo("line 2.title"));
        assertThatThrownBy(() -> DsptStandards.load(new StringReader(
                "framework,id,title,source,url\nXYZ,A1.a,Governance,NHS England,\n"))).isInstanceOfSatisfying(
                        ValidationException.class, e -> assertThat(e.violations().get(0).path())
                                .isEqualTo("line 2, column framework"));
    }

    @Test
    @DisplayName("spec §3 S1: 2024-25 unpublished is DUE_TODAY on 2025-06-30 and OVERDUE on 2025-07-01")
    void theDeadlineIsTheThirtiethOfJune() {
        DsptAssessment a = assessment();
        assertThat(a.deadline()).isEqualTo(LocalDate.of(2025, 6, 30));
        assertThat(RULE.deadlineState(a, LocalDate.of(2025, 6, 29))).isEqualTo(DsptDeadlineState.DUE_LATER);
        assertThat(RULE.deadlineState(a, LocalDate.of(2025, 6, 30))).isEqualTo(DsptDeadlineState.DUE_TODAY);
        assertThat(RULE.deadlineState(a, LocalDate.of(2025, 7, 1))).isEqualTo(DsptDeadlineState.OVERDUE);
    }

    @Test
    @DisplayName("spec §3 S2 (DSPT improvement plans 24-25): all at profile is STANDARDS_MET; one short is NOT_MET with a plan; "
            + "the plan approved is APPROACHING_STANDARDS")
    void statuses() {
        assertThat(RULE.status(allAchieved()).status()).isEqualTo(DsptStatus.STANDARDS_MET);

        DsptAssessment oneShort = allAchieved().withOutcome(allAchieved().outcomes().get(2)
                .withStatus(OutcomeStatus.PARTIALLY_ACHIEVED));
        assertThat(RULE.status(oneShort).status()).isEqualTo(DsptStatus.STANDARDS_NOT_MET);
        assertThat(RULE.status(oneShort).explanation().steps().get(0).citations()).isNotEmpty();

        ImprovementPlan plan = new ImprovementPlan(List.of(new PlanAction("NDG3", "Training needs analysis",
                "IG Manager", LocalDate.of(2026, 3, 31), false)), null);
        DsptAssessment signed = oneShort.withPlan(plan).withSignOff(new SignOff("SIRO", "A", LocalDate.of(2025, 6, 20)))
                .withSignOff(new SignOff("CEO", "B", LocalDate.of(2025, 6, 21)));
        DsptAssessment published = RULE.publish(signed, LocalDate.of(2025, 6, 25));
        assertThat(published.publishedStatus()).isEqualTo(DsptStatus.STANDARDS_NOT_MET);

        DsptAssessment approved = RULE.refreshPublished(published.withPlan(new ImprovementPlan(plan.actions(),
                LocalDate.of(2025, 8, 1))));
        assertThat(approved.publishedStatus()).isEqualTo(DsptStatus.APPROACHING_STANDARDS);
        DsptAssessment done = RULE.refreshPublished(approved.withOutcome(approved.outcomes().get(2)
                .withStatus(OutcomeStatus.ACHIEVED)));
        assertThat(done.publishedStatus()).isEqualTo(DsptStatus.STANDARDS_MET);
    }

    @Test
    @DisplayName("spec §3 sign-off: SIRO and CEO by default before publication; SIRO only as the alternative")
    void signOffBeforePublication() {
        DsptAssessment siroSigned = allAchieved().withSignOff(new SignOff("SIRO", "A", LocalDate.of(2025, 6, 20)));
        assertThatThrownBy(() -> RULE.publish(siroSigned, LocalDate.of(2025, 6, 25)))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.getMessage()).contains("CEO"));
        DsptAssessment published = DsptRule.siroOnly().publish(siroSigned, LocalDate.of(2025, 6, 25));
        assertThat(published.publishedStatus()).isEqualTo(DsptStatus.STANDARDS_MET);
        assertThatThrownBy(() -> published.withSignOff(new SignOff("CEO", "B", LocalDate.of(2025, 6, 26))))
                .isInstanceOf(ConflictException.class);
    }

    @Test
    void badYearNamesTheField() {
        assertThatThrownBy(() -> DsptAssessment.defaultDeadline("2024-26")).isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> DsptAssessment.start("x", "RXX", "2024-26", DsptStandards.ndg10(), "o"))
                .isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.violations().get(0).path()).isEqualTo("year"));
    }
}
