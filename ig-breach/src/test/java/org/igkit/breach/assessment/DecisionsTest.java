package org.igkit.breach.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.igkit.breach.assessment.AssessmentAssert.assertThatBreach;
import static org.igkit.breach.assessment.Breaches.aBreach;
import static org.igkit.breach.assessment.Breaches.enisa;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;

import org.igkit.breach.facts.BreachFacts;
import org.igkit.breach.facts.BreachType;
import org.igkit.breach.facts.DsptGrade;
import org.igkit.breach.facts.EffectOnIndividuals;
import org.igkit.breach.facts.Exfiltration;
import org.igkit.breach.facts.Mitigation;
import org.igkit.breach.facts.MitigationKind;
import org.igkit.breach.facts.Protection;
import org.igkit.breach.facts.Regime;
import org.igkit.breach.facts.ReportDetails;
import org.igkit.breach.facts.RiskTier;
import org.igkit.breach.facts.TierOverride;
import org.igkit.breach.severity.DsptGrid;
import org.igkit.core.error.ValidationException;
import org.igkit.core.error.Violation;
import org.igkit.core.explain.Citation;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The decisions: tier rules, override, Art 34(3), the NHS overlay, PECR / eIDAS / NIS, checklist and report. */
class DecisionsTest {

    /** A breach that scores HIGH on ENISA (3 x 1 + 0.5). */
    private static BreachFacts.Builder aHighRiskBreach() {
        return aBreach().enisa(enisa(3, "1", "0.5", "0", "0", false)).individuals(500)
                .exfiltration(Exfiltration.CONFIRMED);
    }

    @Nested
    @DisplayName("Risk tier rules R2-R4")
    class Rules {
        @Test
        @DisplayName("EDPB 9/2022 para 102: special-category data on a LOW score is at least RISK")
        void specialCategoryFloor() {
            assertThatBreach(aBreach().specialCategories(true).enisa(enisa(1, "0.5", "0", "0", "0", false)))
                    .isTier(RiskTier.RISK).byRules(RiskRule.R2_SPECIAL_CATEGORY, RiskRule.R3_ENISA_BAND);
        }

        @Test
        @DisplayName("R3: a LOW score with more than 100 people and unknown recipients is RISK; 100 people is not")
        void manyPeopleUnknownRecipients() {
            assertThatBreach(aBreach().enisa(enisa(1, "0.5", "0.5", "0", "0", false)).individuals(101))
                    .hasBand(org.igkit.breach.severity.EnisaBand.LOW).isTier(RiskTier.RISK);
            assertThatBreach(aBreach().enisa(enisa(1, "0.5", "0.5", "0", "0", false)).individuals(100))
                    .isTier(RiskTier.NO_RISK);
        }

        @Test
        @DisplayName("R3 (UODO v bank): ENISA MEDIUM is RISK, never 'do not notify'")
        void mediumIsRisk() {
            assertThatBreach(aBreach().enisa(enisa(2, "1", "0", "0", "0", false))).isTier(RiskTier.RISK)
                    .notifiesCommissioner();
        }

        @Test
        @DisplayName("R4: verified mitigation lowers a tier one step; an unverified one does not")
        void mitigationMustBeVerified() {
            assertThatBreach(aBreach().enisa(enisa(2, "1", "0", "0", "0", false))
                    .mitigation(Mitigation.unverified(MitigationKind.DATA_RETRIEVED, "asked for it back")))
                    .isTier(RiskTier.RISK);
            assertThatBreach(aBreach().enisa(enisa(2, "1", "0", "0", "0", false))
                    .mitigation(Mitigation.verified(MitigationKind.DATA_RETRIEVED, "envelope returned unopened")))
                    .isTier(RiskTier.NO_RISK);
        }

        @Test
        @DisplayName("AssessmentPolicy: 'a few' recipients defaults to 10, and a limit below 1 is refused by field")
        void fewRecipientsIsPolicy() {
            assertThat(AssessmentPolicy.defaults().fewRecipients()).isEqualTo(AssessmentPolicy.FEW_RECIPIENTS)
                    .isEqualTo(10);
            assertThat(AssessmentPolicy.defaults().fewRecipientsContain()).isTrue();
            assertThatThrownBy(() -> AssessmentPolicy.defaults().withFewRecipients(0))
                    .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                            .extracting(Violation::path).containsExactly("fewRecipients"));
        }

        @Test
        @DisplayName("R4 off by policy: mitigation is recorded but the tier stays")
        void mitigationRuleCanBeSwitchedOff() {
            BreachFacts facts = aBreach().enisa(enisa(2, "1", "0", "0", "0", false))
                    .mitigation(Mitigation.verified(MitigationKind.DATA_RETRIEVED, "returned")).build();
            assertThatBreach(facts, AssessmentPolicy.defaults().withMitigationLowersTier(false), Breaches.LATER)
                    .isTier(RiskTier.RISK).byRules(RiskRule.R3_ENISA_BAND);
        }
    }

    @Nested
    @DisplayName("Override, ENISA s.4.1.1")
    class Override {
        @Test
        @DisplayName("An override sets the final tier and keeps the computed one, with its justification explained")
        void overrideKeepsBoth() {
            AssessmentAssert check = assertThatBreach(aBreach().enisa(enisa(2, "1", "0", "0", "0", false))
                    .override(TierOverride.of(RiskTier.HIGH_RISK, "the recipient is the subject's abuser")))
                    .isTier(RiskTier.HIGH_RISK).byRules(RiskRule.R3_ENISA_BAND, RiskRule.OVERRIDE)
                    .notifiesCommissionerAndDataSubjects();
            assertThat(check.assessment().computedRiskTier()).isEqualTo(RiskTier.RISK);
            assertThat(check.assessment().isOverridden()).isTrue();
            assertThat(check.assessment().explanation().toString()).contains("the recipient is the subject's abuser");
        }

        @Test
        @DisplayName("An override without a justification is rejected, naming the field")
        void overrideNeedsJustification() {
            assertThatThrownBy(() -> TierOverride.of(RiskTier.NO_RISK, "  "))
                    .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                            .extracting(Violation::path).containsExactly("justification"));
        }
    }

    @Nested
    @DisplayName("Data subjects, UK GDPR Art 34")
    class DataSubjects {
        @Test
        @DisplayName("Art 34(3)(a): high risk (override) but encrypted with the key safe: exempt")
        void unintelligibleExempt() {
            assertThatBreach(aHighRiskBreach().protection(Protection.ENCRYPTED_KEY_SAFE)
                    .override(TierOverride.of(RiskTier.HIGH_RISK, "children's safeguarding records")))
                    .notifiesCommissioner().dataSubjects(DataSubjectDuty.EXEMPT_34_3_A);
        }

        @Test
        @DisplayName("Art 34(3)(b): high risk removed by verified subsequent measures: exempt, the SA still notified")
        void subsequentMeasuresExempt() {
            assertThatBreach(aHighRiskBreach().mitigation(Mitigation.verified(MitigationKind.CREDENTIALS_RESET,
                    "all passwords reset before any login")))
                    .isTier(RiskTier.RISK).notifiesCommissioner().dataSubjects(DataSubjectDuty.EXEMPT_34_3_B);
        }

        @Test
        @DisplayName("Art 34(3)(c): high risk and individual contact disproportionate: public communication")
        void disproportionateEffort() {
            assertThatBreach(aHighRiskBreach().disproportionateEffort(true))
                    .dataSubjects(DataSubjectDuty.PUBLIC_COMMUNICATION_34_3_C);
        }

        @Test
        @DisplayName("Art 34(4): the Commissioner may require communication even when the controller found no high "
                + "risk")
        void commissionerRequires() {
            assertThatBreach(aBreach().enisa(enisa(2, "1", "0", "0", "0", false))
                    .commissionerRequiresCommunication(true)).dataSubjects(DataSubjectDuty.REQUIRED);
        }

        @Test
        @DisplayName("Art 34(3) never removes the Art 33 notification")
        void exemptionKeepsNotification() {
            assertThatBreach(aHighRiskBreach().disproportionateEffort(true)).notifiesCommissioner();
        }
    }

    @Nested
    @DisplayName("NHS DSPT overlay")
    class Nhs {
        @Test
        @DisplayName("NHS DSPT: a reportable cell makes a NO_RISK breach reportable for an NHS body (stricter wins)")
        void stricterWins() {
            AssessmentAssert check = assertThatBreach(aBreach().regimes(Regime.UK_GDPR, Regime.NHS_DSPT)
                    .dspt(DsptGrade.of(2, 2))).isTier(RiskTier.NO_RISK).notifiesCommissioner();
            assertThat(check.assessment().dspt().reportable()).isTrue();
            assertThat(check.assessment().findDeadline(Regime.NHS_DSPT).orElseThrow().required()).isTrue();
        }

        @Test
        @DisplayName("NHS DSPT: likelihood 1 or severity 1 is not reportable; the GDPR tier still decides")
        void greyCells() {
            assertThatBreach(aBreach().regimes(Regime.UK_GDPR, Regime.NHS_DSPT).dspt(DsptGrade.of(1, 4)))
                    .doesNotNotifyCommissioner();
            assertThatBreach(aBreach().regimes(Regime.UK_GDPR, Regime.NHS_DSPT).dspt(DsptGrade.of(4, 1))
                    .enisa(enisa(2, "1", "0", "0", "0", false))).notifiesCommissioner();
        }

        @Test
        @DisplayName("NHS DSPT default derivation: vulnerable patients, no evidence of no effect: likelihood 2")
        void derivedGrade() {
            AssessmentAssert check = assertThatBreach(aBreach().regimes(Regime.UK_GDPR, Regime.NHS_DSPT)
                    .vulnerableSubjects(true).exfiltration(Exfiltration.EXCLUDED_BY_EVIDENCE));
            assertThat(check.assessment().dspt().derived()).isTrue();
            assertThat(check.assessment().dspt().grade()).isEqualTo(DsptGrade.of(2, 2));
            assertThat(check.assessment().dspt().reportable()).isTrue();
        }

        @Test
        @DisplayName("NHS DSPT: a body with the current guide supplies its own grid, escalation cells included")
        void ownGrid() {
            DsptGrid grid = DsptGrid.of(Set.of(DsptGrade.of(5, 5)), Set.of(DsptGrade.of(5, 5)),
                    Citation.of("NHS England guide", "v2026 grid"));
            BreachFacts facts = aBreach().regimes(Regime.UK_GDPR, Regime.NHS_DSPT).dspt(DsptGrade.of(5, 5)).build();
            AssessmentAssert check = assertThatBreach(facts, AssessmentPolicy.defaults().withDsptGrid(grid),
                    Breaches.LATER);
            assertThat(check.assessment().dspt().escalated()).isTrue();
            assertThat(check.assessment().report().otherRegulators()).contains("DHSC / NHS England");
        }
    }

    @Nested
    @DisplayName("PECR, UK eIDAS, NIS")
    class OtherRegimes {
        @Test
        @DisplayName("ICO PECR guide: for a provider the PECR duty takes the place of UK GDPR, and every breach is "
                + "notified")
        void pecrReplacesGdpr() {
            AssessmentAssert check = assertThatBreach(aBreach().regimes(Regime.UK_GDPR, Regime.PECR))
                    .isTier(RiskTier.NO_RISK).notifiesCommissioner();
            assertThat(check.assessment().notifyCommissioner().regime()).isEqualTo(Regime.PECR);
            assertThat(check.assessment().findDeadline(Regime.UK_GDPR).orElseThrow().required()).isFalse();
        }

        @Test
        @DisplayName("UK eIDAS Art 19(2) and NIS reg 11: only an incident with a significant impact is notified")
        void significantImpactOnly() {
            AssessmentAssert quiet = assertThatBreach(aBreach().regimes(Regime.UK_EIDAS, Regime.NIS));
            assertThat(quiet.assessment().deadlines()).noneMatch(NotificationDeadline::required);
            assertThat(quiet.assessment().notifyCommissioner().regime()).isNull();
            AssessmentAssert loud = assertThatBreach(aBreach().regimes(Regime.UK_EIDAS, Regime.NIS)
                    .significantServiceImpact(true));
            assertThat(loud.assessment().deadlines()).allMatch(NotificationDeadline::required);
        }
    }

    @Nested
    @DisplayName("Art 33(3) checklist and the report")
    class Report {
        @Test
        @DisplayName("UK GDPR Art 33(3): with nothing but the scored facts, the report lacks (a)-(d)")
        void missingContent() {
            AssessmentAssert check = assertThatBreach(aBreach().individuals(null));
            assertThat(check.assessment().missing()).extracting(ChecklistItem::item).containsExactly(
                    "nature of the breach", "categories of data subjects", "approximate number of data subjects",
                    "categories of personal data records", "approximate number of personal data records",
                    "name and contact details of the DPO or other contact point", "likely consequences of the breach",
                    "measures taken or proposed, including mitigation");
        }

        @Test
        @DisplayName("UK GDPR Art 33(3): a complete report misses nothing, and the payload carries every field")
        void completeReport() {
            ReportDetails details = new ReportDetails("Spreadsheet of pupils emailed to the wrong parent",
                    "the parent phoned the school", OffsetDateTime.parse("2024-03-29T09:00:00Z"), false,
                    "pupils", "names, SEN status", 31L, "dpo@school.example, 01632 960000",
                    "distress; disclosure of SEN status", "recall requested; parent confirmed deletion");
            AssessmentAssert check = assertThatBreach(aBreach().report(details));
            assertThat(check.assessment().missing()).isEmpty();
            ReportPayload payload = check.assessment().report();
            assertThat(payload.regulator()).isEqualTo("Information Commissioner's Office");
            assertThat(payload.reportType()).isEqualTo("INITIAL");
            assertThat(payload.approximateRecords()).isEqualTo(31L);
            assertThat(payload.discoveredAt()).isEqualTo(OffsetDateTime.parse("2024-03-29T16:00:00Z"));
            assertThat(payload.breachTypes()).isEqualTo(List.of("CONFIDENTIALITY"));
        }

        @Test
        @DisplayName("DUAA 2025 s.117-119: the regulator's name is configuration")
        void regulatorNameIsConfiguration() {
            AssessmentAssert check = assertThatBreach(aBreach().enisa(enisa(2, "1", "0", "0", "0", false)).build(),
                    AssessmentPolicy.defaults().withRegulatorName("Information Commission"), Breaches.LATER);
            assertThat(check.assessment().notifyCommissioner().authority()).isEqualTo("Information Commission");
            assertThat(check.assessment().report().regulator()).isEqualTo("Information Commission");
            assertThat(check.assessment().explanation().toString()).contains("Notify the Information Commission");
        }

        @Test
        @DisplayName("Every step of the explanation that applies a rule cites it; the ENISA steps come first")
        void explanationIsCited() {
            AssessmentAssert check = assertThatBreach(aHighRiskBreach());
            assertThat(check.assessment().explanation().steps()).allMatch(s -> !s.citations().isEmpty());
            assertThat(check.assessment().explanation().toString()).contains("Art 33(5)").contains("SE = DPC x EI + CB")
                    .contains("R3: ENISA band HIGH").contains("Art 34(1)");
        }
    }

    @Test
    @DisplayName("Facts with every problem at once report every field")
    void invalidFactsNameEveryField() {
        assertThatThrownBy(() -> BreachFacts.builder(null).individuals(-1).restorationHours(-2)
                .enisa(enisa(1, "1", "0.25", "0", "0", false)).breachTypes(BreachType.AVAILABILITY).build())
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .extracting(Violation::path).containsExactly("awareness", "regimes", "individuals",
                                "restorationHours", "enisa.confidentiality"));
        assertThatThrownBy(() -> aBreach().notifiedAt(Breaches.AWARE.minusSeconds(1)).build())
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .extracting(Violation::path).containsExactly("notifiedAt"));
    }

    @Test
    @DisplayName("Absent optional facts take the conservative defaults: exfiltration POSSIBLE, no protection")
    void conservativeDefaults() {
        BreachFacts facts = BreachFacts.builder(Breaches.AWARE).regimes(Regime.UK_GDPR)
                .breachTypes(BreachType.CONFIDENTIALITY).enisa(enisa(1, "1", "0", "0", "0", false)).build();
        assertThat(facts.exfiltration()).isEqualTo(Exfiltration.POSSIBLE);
        assertThat(facts.protection()).isEqualTo(Protection.NONE);
        assertThat(facts.effectOnIndividuals()).isEqualTo(EffectOnIndividuals.NONE);
    }
}
