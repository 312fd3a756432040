package org.igkit.assurance.dpia;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.igkit.assurance.AssuranceSources;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Spec §1.5 and §11.1 (default icoQualifiers=false). */
class DpiaScreenerTest {
    private static final DpiaScreener CHECKLIST = DpiaScreener.withDefaults();
    private static final DpiaScreener QUALIFIED = DpiaScreener.readingIcoQualifiers();
    private static final ScreeningAnswers NONE = ScreeningAnswers.none();

    @Test
    @DisplayName("spec §11.1 D1 (UK GDPR Art 35(3)(c)): town-centre CCTV/ANPR network is REQUIRED_LAW")
    void cctvNetwork() {
        ScreeningResult result = CHECKLIST.screen(NONE.with(Art35Case.PUBLIC_MONITORING));
        assertThat(result.outcome()).isEqualTo(ScreeningOutcome.REQUIRED_LAW);
        assertThat(result.requirement()).isEqualTo(ScreeningOutcome.Requirement.REQUIRED);
        assertThat(result.explanation().steps().get(0).citations()).containsExactly(AssuranceSources.ART_35_3);
    }

    @Test
    @DisplayName("spec §11.1 D2 (UK GDPR Art 35(3)(b)): adult social care case system is REQUIRED_LAW")
    void adultSocialCare() {
        assertThat(CHECKLIST.screen(NONE.with(Art35Case.LARGE_SCALE_SPECIAL_CATEGORY)).outcome())
                .isEqualTo(ScreeningOutcome.REQUIRED_LAW);
    }

    @Test
    @DisplayName("spec §11.1 D3 (ICO list L4): school fingerprint cashless catering is REQUIRED_ICO on both readings")
    void fingerprintCatering() {
        ScreeningAnswers answers = NONE.with(IcoListType.BIOMETRIC)
                .with(Wp248Criterion.SENSITIVE_DATA, Wp248Criterion.VULNERABLE_SUBJECTS);
        assertThat(CHECKLIST.screen(answers).outcome()).isEqualTo(ScreeningOutcome.REQUIRED_ICO);
        assertThat(QUALIFIED.screen(answers).outcome()).isEqualTo(ScreeningOutcome.REQUIRED_ICO);
    }

    @Test
    @DisplayName("spec §11.1 D4 (ICO list L6): council tax discount matched against the electoral roll is REQUIRED_ICO")
    void dataMatching() {
        assertThat(CHECKLIST.screen(NONE.with(IcoListType.DATA_MATCHING)
                .with(Wp248Criterion.MATCHING_DATASETS, Wp248Criterion.EVALUATION_OR_SCORING)).outcome())
                .isEqualTo(ScreeningOutcome.REQUIRED_ICO);
    }

    @Test
    @DisplayName("spec §11.1 D5 (ICO list L1): resident AI chatbot is REQUIRED_ICO; with icoQualifiers it is CONSIDER")
    void aiChatbot() {
        ScreeningAnswers answers = NONE.with(IcoListType.INNOVATIVE_TECHNOLOGY).with(Wp248Criterion.INNOVATIVE_USE);
        assertThat(CHECKLIST.screen(answers).outcome()).isEqualTo(ScreeningOutcome.REQUIRED_ICO);
        ScreeningResult qualified = QUALIFIED.screen(answers);
        assertThat(qualified.outcome()).isEqualTo(ScreeningOutcome.CONSIDER);
        assertThat(qualified.requirement()).isEqualTo(ScreeningOutcome.Requirement.RECOMMENDED);
        assertThat(qualified.explanation().steps()).hasSize(2);
    }

    @Test
    @DisplayName("spec §11.1 D6 (WP248 two criteria): pupil records incl. SEN to a new cloud MIS is LIKELY_REQUIRED")
    void pupilRecords() {
        ScreeningResult result = CHECKLIST.screen(NONE.with(Wp248Criterion.SENSITIVE_DATA,
                Wp248Criterion.VULNERABLE_SUBJECTS));
        assertThat(result.outcome()).isEqualTo(ScreeningOutcome.LIKELY_REQUIRED);
        assertThat(result.explanation().toString()).contains("C4, C7");
    }

    @Test
    @DisplayName("spec §11.1 D7 (WP248 one criterion): sickness spreadsheet for 40 staff is CONSIDER")
    void sicknessSpreadsheet() {
        assertThat(CHECKLIST.screen(NONE.with(Wp248Criterion.SENSITIVE_DATA)).outcome())
                .isEqualTo(ScreeningOutcome.CONSIDER);
    }

    @Test
    @DisplayName("spec §11.1 D8: parent newsletter list is NOT_REQUIRED, the screening kept")
    void newsletter() {
        ScreeningResult result = CHECKLIST.screen(NONE);
        assertThat(result.outcome()).isEqualTo(ScreeningOutcome.NOT_REQUIRED);
        assertThat(result.explanation().isEmpty()).isFalse();
    }

    @Test
    @DisplayName("spec §11.1 D9 (UK GDPR Art 36): residual high risk, ICO receipt 2025-03-03: advice due 2025-04-28, "
            + "extension notice by 2025-04-03, extended due 2025-06-09")
    void priorConsultation() {
        ScreeningResult result = CHECKLIST.screen(NONE.withResidualHighRisk(true));
        assertThat(result.priorConsultationRequired()).isTrue();
        assertThat(result.explanation().toString()).contains("Art 36");

        PriorConsultation consultation = PriorConsultation.receivedOn(LocalDate.of(2025, 3, 3));
        assertThat(consultation.adviceDueOn()).isEqualTo(LocalDate.of(2025, 4, 28));
        assertThat(consultation.extensionNoticeDueOn()).isEqualTo(LocalDate.of(2025, 4, 3));
        assertThat(consultation.extendedAdviceDueOn()).isEqualTo(LocalDate.of(2025, 6, 9));
    }
}
