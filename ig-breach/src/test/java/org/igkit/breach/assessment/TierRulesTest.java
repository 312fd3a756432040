package org.igkit.breach.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.igkit.breach.assessment.Breaches.aBreach;
import static org.igkit.breach.assessment.Breaches.enisa;
import static org.igkit.breach.assessment.Breaches.q;

import java.util.List;
import java.util.Optional;

import org.igkit.breach.facts.BreachFacts;
import org.igkit.breach.facts.BreachType;
import org.igkit.breach.facts.CategoryScore;
import org.igkit.breach.facts.DataCategory;
import org.igkit.breach.facts.EffectOnIndividuals;
import org.igkit.breach.facts.EnisaInput;
import org.igkit.breach.facts.Exfiltration;
import org.igkit.breach.facts.Mitigation;
import org.igkit.breach.facts.MitigationKind;
import org.igkit.breach.facts.Protection;
import org.igkit.breach.facts.RiskTier;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Each tier rule on its own, at each of its boundaries: the facts on one side make it fire, the facts just across do
 * not. The worked cases that combine the rules are in {@link EdpbCasesTest} and {@link DecisionsTest}.
 */
class TierRulesTest {
    private static final AssessmentPolicy POLICY = AssessmentPolicy.defaults();

    private static TierInput input(BreachFacts.Builder facts, AssessmentPolicy policy) {
        BreachFacts built = facts.build();
        return new TierInput(built, policy.enisaMethod().score(built.enisa(), built.individuals(),
                built.protection()), policy);
    }

    /** The rule's ruling on the facts when it runs first. */
    private static Optional<Ruling> ruling(TierRule rule, BreachFacts.Builder facts, AssessmentPolicy policy) {
        return rule.apply(input(facts, policy), TierDecision.undecided());
    }

    private static boolean fires(TierRule rule, BreachFacts.Builder facts) {
        return fires(rule, facts, POLICY);
    }

    private static boolean fires(TierRule rule, BreachFacts.Builder facts, AssessmentPolicy policy) {
        return ruling(rule, facts, policy).filter(Ruling::fired).isPresent();
    }

    private static RiskTier tier(TierRule rule, BreachFacts.Builder facts) {
        return ruling(rule, facts, POLICY).orElseThrow().tier();
    }

    @Test
    @DisplayName("spec breach.md §8.2 step 5: the rules run R0, R1, R2, R2E, R3, R4, each with its id and source")
    void order() {
        assertThat(TierRules.standard().rules()).extracting(TierRule::id).containsExactly(
                RiskRule.R0_DATA_UNINTELLIGIBLE, RiskRule.R1_TRIVIAL_AVAILABILITY, RiskRule.R2_SPECIAL_CATEGORY,
                RiskRule.R2E_IDENTITY_OR_FINANCIAL_EXFILTRATION, RiskRule.R3_ENISA_BAND, RiskRule.R4_MITIGATION);
        assertThat(TierRules.standard().rules()).allSatisfy(rule -> {
            assertThat(rule.id().id()).isNotBlank();
            assertThat(rule.id().source().instrument()).isNotBlank();
        });
    }

    @Test
    @DisplayName("A rule that settles the tier (R0) stops the others: no R3 or R4 after it")
    void settledStopsTheOthers() {
        BreachFacts facts = aBreach().protection(Protection.ENCRYPTED_KEY_SAFE)
                .mitigation(Mitigation.verified(MitigationKind.DEVICE_WIPED, "wiped")).build();
        TierDecision decision = TierRules.standard().apply(new TierInput(facts, POLICY.enisaMethod()
                .score(facts.enisa(), facts.individuals(), facts.protection()), POLICY),
                org.igkit.core.explain.Explanation.builder());
        assertThat(decision.rules()).containsExactly(RiskRule.R0_DATA_UNINTELLIGIBLE);
        assertThat(decision.settled()).isTrue();
    }

    @Nested
    @DisplayName("R0 data unintelligible (EDPB 01/2021 Cases 01, 06, 10)")
    class R0 {
        private final TierRule rule = new DataUnintelligibleRule();

        @Test
        @DisplayName("Encrypted with the key safe: fires; the key at risk, or only pseudonymised: does not")
        void protectionBoundary() {
            assertThat(fires(rule, aBreach().protection(Protection.ENCRYPTED_KEY_SAFE))).isTrue();
            assertThat(fires(rule, aBreach().protection(Protection.HASHED_SALTED_STRONG))).isTrue();
            assertThat(fires(rule, aBreach().protection(Protection.ENCRYPTED_KEY_AT_RISK))).isFalse();
            assertThat(fires(rule, aBreach().protection(Protection.PSEUDONYMISED))).isFalse();
        }

        @Test
        @DisplayName("Availability scored 0 (recoverable without difficulty): fires; 0.25 (temporary): does not")
        void availabilityBoundary() {
            BreachFacts.Builder recoverable = aBreach().protection(Protection.ENCRYPTED_KEY_SAFE)
                    .breachTypes(BreachType.CONFIDENTIALITY, BreachType.AVAILABILITY);
            assertThat(fires(rule, recoverable.enisa(enisa(1, "1", "0", "0", "0", false)))).isTrue();
            assertThat(fires(rule, recoverable.enisa(enisa(1, "1", "0", "0", "0.25", false)))).isFalse();
        }

        @Test
        @DisplayName("An integrity breach as well: does not fire; an availability-only breach: does not fire")
        void typeBoundary() {
            assertThat(fires(rule, aBreach().protection(Protection.ENCRYPTED_KEY_SAFE)
                    .breachTypes(BreachType.CONFIDENTIALITY, BreachType.INTEGRITY))).isFalse();
            assertThat(fires(rule, aBreach().protection(Protection.ENCRYPTED_KEY_SAFE)
                    .breachTypes(BreachType.AVAILABILITY))).isFalse();
        }
    }

    @Nested
    @DisplayName("R1 trivial availability (EDPB 01/2021 Case 01; WP250 Annex B iii)")
    class R1 {
        private final TierRule rule = new TrivialAvailabilityRule();

        private BreachFacts.Builder restored(int hours) {
            return aBreach().breachTypes(BreachType.AVAILABILITY).backupAvailable(true).restorationHours(hours)
                    .effectOnIndividuals(EffectOnIndividuals.NONE);
        }

        @Test
        @DisplayName("Restored in exactly quickRestorationHours (24): fires; in 25: does not")
        void hoursBoundary() {
            assertThat(fires(rule, restored(24))).isTrue();
            assertThat(fires(rule, restored(25))).isFalse();
            assertThat(fires(rule, restored(5), POLICY.withQuickRestorationHours(4))).isFalse();
        }

        @Test
        @DisplayName("No backup, an unknown restoration time, or any effect on people: does not fire")
        void otherBoundaries() {
            assertThat(fires(rule, restored(4).backupAvailable(false))).isFalse();
            assertThat(fires(rule, restored(4).restorationHours(null))).isFalse();
            assertThat(fires(rule, restored(4).effectOnIndividuals(EffectOnIndividuals.MINOR))).isFalse();
            assertThat(fires(rule, restored(4).breachTypes(BreachType.AVAILABILITY, BreachType.CONFIDENTIALITY)))
                    .isFalse();
        }
    }

    @Nested
    @DisplayName("R2 special categories (EDPB 9/2022 para 102; 01/2021 Cases 03 and 12)")
    class R2 {
        private final TierRule rule = new SpecialCategoryRule(new EnisaBandRule());

        @Test
        @DisplayName("Special-category data: fires, at least RISK; none: does not; unintelligible: does not")
        void specialBoundary() {
            assertThat(tier(rule, aBreach().specialCategories(true))).isEqualTo(RiskTier.RISK);
            assertThat(fires(rule, aBreach().specialCategories(false))).isFalse();
            assertThat(fires(rule, aBreach().specialCategories(true).protection(Protection.ENCRYPTED_KEY_SAFE)))
                    .isFalse();
        }

        @Test
        @DisplayName("Exfiltration excluded by evidence: RISK; possible: HIGH_RISK")
        void exfiltrationBoundary() {
            assertThat(tier(rule, aBreach().specialCategories(true).exfiltration(Exfiltration.EXCLUDED_BY_EVIDENCE)))
                    .isEqualTo(RiskTier.RISK);
            assertThat(tier(rule, aBreach().specialCategories(true).exfiltration(Exfiltration.POSSIBLE)))
                    .isEqualTo(RiskTier.HIGH_RISK);
        }

        @Test
        @DisplayName("Known recipients (0.25): RISK; unknown recipients (0.5): HIGH_RISK; vulnerable people or care "
                + "affected: HIGH_RISK")
        void aggravatingBoundaries() {
            BreachFacts.Builder special = aBreach().specialCategories(true);
            assertThat(tier(rule, special.enisa(enisa(1, "0.5", "0.25", "0", "0", false)))).isEqualTo(RiskTier.RISK);
            assertThat(tier(rule, special.enisa(enisa(1, "0.5", "0.5", "0", "0", false))))
                    .isEqualTo(RiskTier.HIGH_RISK);
            assertThat(tier(rule, aBreach().specialCategories(true).vulnerableSubjects(true)))
                    .isEqualTo(RiskTier.HIGH_RISK);
            assertThat(tier(rule, aBreach().specialCategories(true).effectOnIndividuals(EffectOnIndividuals.MINOR)))
                    .isEqualTo(RiskTier.RISK);
            assertThat(tier(rule, aBreach().specialCategories(true)
                    .effectOnIndividuals(EffectOnIndividuals.HEALTH_OR_CARE))).isEqualTo(RiskTier.HIGH_RISK);
        }

        @Test
        @DisplayName("Without aggravation the ENISA band can raise it above the floor, and both rules are recorded")
        void bandAboveTheFloor() {
            Ruling ruling = ruling(rule, aBreach().specialCategories(true).enisa(enisa(3, "1", "0", "0", "0", false)),
                    POLICY).orElseThrow();
            assertThat(ruling.tier()).isEqualTo(RiskTier.HIGH_RISK);
            assertThat(ruling.rules()).containsExactly(RiskRule.R2_SPECIAL_CATEGORY, RiskRule.R3_ENISA_BAND);
        }
    }

    @Nested
    @DisplayName("R2E identity or financial data exfiltrated (EDPB 01/2021 Cases 04, 05, 07, 11, 14)")
    class R2E {
        private final TierRule rule = new IdentityOrFinancialExfiltrationRule();

        /** Identity data possibly exfiltrated, the recipients unknown. */
        private BreachFacts.Builder identity() {
            return aBreach().identityFraudData(true).exfiltration(Exfiltration.POSSIBLE);
        }

        private BreachFacts.Builder financial(int score) {
            return aBreach().exfiltration(Exfiltration.POSSIBLE).enisa(new EnisaInput(null,
                    List.of(CategoryScore.adjusted(DataCategory.FINANCIAL, score, "test")), q("0.25"), q("0"), q("0"),
                    q("0"), false));
        }

        @Test
        @DisplayName("Identity data: fires HIGH_RISK; none: does not; full financial data (score 4): fires; 3: does "
                + "not")
        void dataBoundary() {
            assertThat(tier(rule, identity())).isEqualTo(RiskTier.HIGH_RISK);
            assertThat(fires(rule, identity().identityFraudData(false))).isFalse();
            assertThat(fires(rule, financial(4))).isTrue();
            assertThat(fires(rule, financial(3))).isFalse();
        }

        @Test
        @DisplayName("Exfiltration possible or confirmed: fires; excluded by evidence: does not; unintelligible: does "
                + "not; switched off: does not")
        void exfiltrationBoundary() {
            assertThat(fires(rule, identity().exfiltration(Exfiltration.CONFIRMED))).isTrue();
            assertThat(fires(rule, identity().exfiltration(Exfiltration.EXCLUDED_BY_EVIDENCE))).isFalse();
            assertThat(fires(rule, identity().protection(Protection.HASHED_SALTED_STRONG))).isFalse();
            assertThat(fires(rule, identity(), POLICY.withIdentityExfiltrationRule(false))).isFalse();
        }

        @Test
        @DisplayName("EDPB 01/2021 Cases 13 and 16 (§6.1, §6.4): 10 identified recipients who can be asked to delete "
                + "the data (the default limit of a few): stands aside and says why; 11: fires; not known: fires")
        void knownRecipientsBoundary() {
            BreachFacts.Builder known = identity().enisa(enisa(1, "1", "0.25", "0", "0", false));
            Ruling asideAtLimit = ruling(rule, known.knownRecipients(10), POLICY).orElseThrow();
            assertThat(asideAtLimit.fired()).isFalse();
            assertThat(asideAtLimit.explanation().toString()).contains("R2E does not apply")
                    .contains("10 identified recipient(s)");
            assertThat(fires(rule, known.knownRecipients(11))).isTrue();
            assertThat(fires(rule, known.knownRecipients(null))).isTrue();
        }

        @Test
        @DisplayName("The limit of a few is policy: with 1, one recipient stands aside and two fire")
        void limitIsPolicy() {
            AssessmentPolicy one = POLICY.withFewRecipients(1);
            BreachFacts.Builder known = identity().enisa(enisa(1, "1", "0.25", "0", "0", false));
            assertThat(fires(rule, known.knownRecipients(1), one)).isFalse();
            assertThat(fires(rule, known.knownRecipients(2), one)).isTrue();
        }

        @Test
        @DisplayName("Known recipients do not contain a malicious disclosure, nor count when the policy switch is off")
        void containmentNeedsGoodFaithAndThePolicy() {
            assertThat(fires(rule, identity().enisa(enisa(1, "1", "0.25", "0", "0", true)).knownRecipients(1)))
                    .isTrue();
            assertThat(fires(rule, identity().enisa(enisa(1, "1", "0.25", "0", "0", false)).knownRecipients(1),
                    POLICY.withFewRecipientsContain(false))).isTrue();
        }
    }

    @Nested
    @DisplayName("R3 ENISA band (spec §8.2 R3; UODO v bank)")
    class R3 {
        private final TierRule rule = new EnisaBandRule();

        @Test
        @DisplayName("SE 1.75 (LOW): NO_RISK; 2.0 (MEDIUM): RISK; 2.75: RISK; 3.0 (HIGH): HIGH_RISK")
        void bandBoundaries() {
            assertThat(tier(rule, aBreach().enisa(enisa(2, "0.75", "0.25", "0", "0", false))))
                    .isEqualTo(RiskTier.NO_RISK);
            assertThat(tier(rule, aBreach().enisa(enisa(2, "1", "0", "0", "0", false)))).isEqualTo(RiskTier.RISK);
            assertThat(tier(rule, aBreach().enisa(enisa(3, "0.75", "0.5", "0", "0", false))))
                    .isEqualTo(RiskTier.RISK);
            assertThat(tier(rule, aBreach().enisa(enisa(3, "1", "0", "0", "0", false))))
                    .isEqualTo(RiskTier.HIGH_RISK);
        }

        @Test
        @DisplayName("LOW: 101 people with unknown recipients is RISK, 100 is not; 101 with known recipients is not")
        void manyPeopleBoundary() {
            BreachFacts.Builder unknown = aBreach().enisa(enisa(1, "0.5", "0.5", "0", "0", false));
            assertThat(tier(rule, unknown.individuals(101))).isEqualTo(RiskTier.RISK);
            assertThat(tier(rule, unknown.individuals(100))).isEqualTo(RiskTier.NO_RISK);
            assertThat(tier(rule, aBreach().enisa(enisa(1, "0.5", "0.25", "0", "0", false)).individuals(101)))
                    .isEqualTo(RiskTier.NO_RISK);
        }

        @Test
        @DisplayName("LOW: financial data scored 3 is RISK, 2 is not; identity data is RISK; an effect is RISK "
                + "unless switched off")
        void triggerBoundaries() {
            assertThat(tier(rule, aBreach().enisa(new EnisaInput(null, List.of(CategoryScore.basic(
                    DataCategory.FINANCIAL)), q("0.25"), q("0"), q("0"), q("0"), false)))).isEqualTo(RiskTier.RISK);
            assertThat(tier(rule, aBreach().enisa(new EnisaInput(null, List.of(CategoryScore.adjusted(
                    DataCategory.FINANCIAL, 2, "account numbers only")), q("0.25"), q("0"), q("0"), q("0"), false))))
                    .isEqualTo(RiskTier.NO_RISK);
            assertThat(tier(rule, aBreach().identityFraudData(true))).isEqualTo(RiskTier.RISK);
            assertThat(tier(rule, aBreach().effectOnIndividuals(EffectOnIndividuals.MINOR)))
                    .isEqualTo(RiskTier.RISK);
            assertThat(ruling(rule, aBreach().effectOnIndividuals(EffectOnIndividuals.MINOR),
                    POLICY.withEffectTriggersRisk(false)).orElseThrow().tier()).isEqualTo(RiskTier.NO_RISK);
        }
    }

    @Nested
    @DisplayName("R4 mitigation (ICO self-assessment: 'the risk has been mitigated')")
    class R4 {
        private final TierRule rule = new MitigationRule();

        private Optional<Ruling> after(RiskTier tier, Mitigation mitigation, AssessmentPolicy policy) {
            TierDecision soFar = TierDecision.undecided().with(Ruling.sets(RiskRule.R3_ENISA_BAND, tier, "test"));
            return rule.apply(input(aBreach().mitigation(mitigation), policy), soFar);
        }

        @Test
        @DisplayName("A verified measure lowers RISK to NO_RISK; an unverified one does not; NO_RISK stays; off by "
                + "policy does not")
        void boundaries() {
            Mitigation verified = Mitigation.verified(MitigationKind.DATA_RETRIEVED, "returned unopened");
            assertThat(after(RiskTier.RISK, verified, POLICY).orElseThrow().tier()).isEqualTo(RiskTier.NO_RISK);
            assertThat(after(RiskTier.HIGH_RISK, verified, POLICY).orElseThrow().tier()).isEqualTo(RiskTier.RISK);
            assertThat(after(RiskTier.RISK, Mitigation.unverified(MitigationKind.DATA_RETRIEVED, "asked"), POLICY))
                    .isEmpty();
            assertThat(after(RiskTier.NO_RISK, verified, POLICY)).isEmpty();
            assertThat(after(RiskTier.RISK, verified, POLICY.withMitigationLowersTier(false))).isEmpty();
        }

        @Test
        @DisplayName("R4 adjusts: the tier before mitigation is kept for the Art 34(3)(b) decision")
        void keepsTheBase() {
            TierDecision soFar = TierDecision.undecided().with(Ruling.sets(
                    RiskRule.R2E_IDENTITY_OR_FINANCIAL_EXFILTRATION, RiskTier.HIGH_RISK, "test"));
            Ruling lowered = rule.apply(input(aBreach().mitigation(Mitigation.verified(MitigationKind.CREDENTIALS_RESET,
                    "reset")), POLICY), soFar).orElseThrow();
            TierDecision after = soFar.with(lowered);
            assertThat(after.tier()).isEqualTo(RiskTier.RISK);
            assertThat(after.base()).isEqualTo(RiskTier.HIGH_RISK);
        }
    }
}
