package org.igkit.breach.severity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.igkit.breach.facts.CategoryScore;
import org.igkit.breach.facts.DataCategory;
import org.igkit.breach.facts.EnisaInput;
import org.igkit.breach.facts.Protection;
import org.igkit.breach.facts.Quarters;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** ENISA (2013) severity method: components from its annexes, the formula, the bands and the flags. */
class EnisaMethodTest {
    private static final EnisaMethod ENISA = EnisaMethod.standard();
    private static final Quarters ZERO = Quarters.ZERO;
    private static final Quarters QUARTER = Quarters.ofQuarters(1);
    private static final Quarters HALF = Quarters.ofQuarters(2);
    private static final Quarters FULL = Quarters.ofWhole(1);

    private static EnisaSeverity score(EnisaInput input) {
        return ENISA.score(input, 10, Protection.NONE);
    }

    private static EnisaInput categories(CategoryScore... scores) {
        return new EnisaInput(null, List.of(scores), FULL, ZERO, ZERO, ZERO, false);
    }

    @Nested
    @DisplayName("DPC, ENISA Annex 1 (Table 1 and A2)")
    class DataProcessingContext {
        @Test
        @DisplayName("ENISA Annex 1: simple data with no aggravating factor keeps its basic score 1")
        void simpleDataAtBasicScore() {
            assertThat(score(categories(CategoryScore.basic(DataCategory.SIMPLE))).dpc()).isEqualTo(1);
        }

        @Test
        @DisplayName("ENISA Annex 1 A2: a customer list of an online pharmacy allows health assumptions: simple data 3")
        void pharmacyCustomerListRaisesSimpleData() {
            EnisaSeverity severity = score(categories(CategoryScore.adjusted(DataCategory.SIMPLE, 3,
                    "customer list of an online pharmacy: assumptions about health")));
            assertThat(severity.dpc()).isEqualTo(3);
            assertThat(severity.explanation().toString()).contains("online pharmacy");
        }

        @Test
        @DisplayName("ENISA Annex 1: 'the fact that a person is the customer of a certain bank' is financial data 1")
        void bankCustomershipIsFinancialOne() {
            assertThat(score(categories(CategoryScore.adjusted(DataCategory.FINANCIAL, 1,
                    "only that the person banks there"))).dpc()).isEqualTo(1);
        }

        @Test
        @DisplayName("ENISA Annex 1: 'simple bank account numbers without further details' are financial data 2")
        void bareAccountNumbersAreFinancialTwo() {
            assertThat(score(categories(CategoryScore.adjusted(DataCategory.FINANCIAL, 2,
                    "account numbers only"))).dpc()).isEqualTo(2);
        }

        @Test
        @DisplayName("ENISA Annex 1: full credit card information that could enable fraud is financial data 4")
        void fullCardDataIsFinancialFour() {
            assertThat(score(categories(CategoryScore.adjusted(DataCategory.FINANCIAL, 4,
                    "full card details enable fraud"))).dpc()).isEqualTo(4);
        }

        @Test
        @DisplayName("ENISA Annex 1 A2: a medical certificate that only certifies good health: basic 4, final 1")
        void goodHealthCertificateLowersSensitiveData() {
            assertThat(score(categories(CategoryScore.adjusted(DataCategory.SENSITIVE, 1,
                    "certifies good health only"))).dpc()).isEqualTo(1);
        }

        @Test
        @DisplayName("ENISA s.3.1.1: data in several categories is scored per category and the highest is used")
        void highestCategoryWins() {
            assertThat(score(categories(CategoryScore.basic(DataCategory.SIMPLE),
                    CategoryScore.basic(DataCategory.FINANCIAL), CategoryScore.basic(DataCategory.BEHAVIOURAL))).dpc())
                    .isEqualTo(3);
        }
    }

    @Nested
    @DisplayName("EI, ENISA Annex 2")
    class EaseOfIdentification {
        @ParameterizedTest(name = "EI {0} ({1}) multiplies DPC 4 to {2}")
        @CsvSource({"0.25, negligible, 1", "0.5, limited, 2", "0.75, significant, 3", "1, maximum, 4"})
        @DisplayName("ENISA s.3.1.2: four levels with a linear increase, a correcting factor of DPC")
        void eiCorrectsDpc(String ei, String level, String expected) {
            EnisaSeverity severity = score(EnisaInput.of(4, Quarters.parse(ei, "ei"), ZERO, ZERO, ZERO, false));
            assertThat(severity.score()).isEqualTo(Quarters.parse(expected, "score"));
            assertThat(severity.explanation().toString()).contains(level);
        }
    }

    @Nested
    @DisplayName("CB, ENISA Annex 3")
    class CircumstancesOfTheBreach {
        @Test
        @DisplayName("ENISA Annex 3: a laptop lost in transit, no evidence of illegal processing, scores 0, not 0.25")
        void exposedWithoutEvidenceScoresZero() {
            EnisaSeverity lostLaptop = score(EnisaInput.of(1, FULL, ZERO, ZERO, ZERO, false));
            assertThat(lostLaptop.cb()).isEqualTo(ZERO);
            assertThat(lostLaptop.score()).isEqualTo(Quarters.ofWhole(1));
            assertThat(lostLaptop.explanation().toString())
                    .contains("exposed without evidence of illegal processing");
        }

        @Test
        @DisplayName("ENISA Annex 3: an email wrongly sent to known recipients: confidentiality +0.25")
        void knownRecipients() {
            assertThat(score(EnisaInput.of(1, FULL, QUARTER, ZERO, ZERO, false)).cb()).isEqualTo(QUARTER);
        }

        @Test
        @DisplayName("ENISA Annex 3: data published on an internet message board: confidentiality +0.5")
        void unknownRecipients() {
            assertThat(score(EnisaInput.of(1, FULL, HALF, ZERO, ZERO, false)).cb()).isEqualTo(HALF);
        }

        @Test
        @DisplayName("ENISA Annex 3: an employee sells customer data: malicious +0.5 on top of unknown recipients")
        void employeeSellsData() {
            EnisaSeverity sold = score(EnisaInput.of(1, FULL, HALF, ZERO, ZERO, true));
            assertThat(sold.cb()).isEqualTo(Quarters.ofWhole(1));
            assertThat(sold.circumstances().malicious()).isEqualTo(HALF);
        }

        @Test
        @DisplayName("ENISA Annex 3: integrity 0 / 0.25 / 0.5 and availability 0 / 0.25 / 0.5 add up")
        void elementsAreAdded() {
            EnisaSeverity worst = score(EnisaInput.of(1, FULL, HALF, HALF, HALF, true));
            assertThat(worst.cb()).isEqualTo(Quarters.ofWhole(2));
            assertThat(score(EnisaInput.of(1, FULL, ZERO, QUARTER, HALF, false)).cb())
                    .isEqualTo(Quarters.ofQuarters(3));
        }
    }

    @Nested
    @DisplayName("Bands, ENISA s.3.2: half-open intervals")
    class Bands {
        @ParameterizedTest(name = "SE {0} is {1}")
        @CsvSource({"0.25, LOW", "1.75, LOW", "2, MEDIUM", "2.75, MEDIUM", "3, HIGH", "3.75, HIGH", "4, VERY_HIGH",
                "6, VERY_HIGH"})
        @DisplayName("ENISA s.3.2: SE < 2 Low, 2 <= SE < 3 Medium, 3 <= SE < 4 High, 4 <= SE Very High")
        void bandBoundaries(String score, EnisaBand band) {
            assertThat(ENISA.bandOf(Quarters.parse(score, "score"))).isEqualTo(band);
        }

        @Test
        @DisplayName("ENISA s.3.2: DPC 4 x EI 0.5 + CB 0 is exactly 2, so MEDIUM, not LOW")
        void exactlyTwoIsMedium() {
            EnisaSeverity severity = score(EnisaInput.of(4, HALF, ZERO, ZERO, ZERO, false));
            assertThat(severity.score()).isEqualTo(Quarters.ofWhole(2));
            assertThat(severity.band()).isEqualTo(EnisaBand.MEDIUM);
        }

        @Test
        @DisplayName("ENISA s.3.2: DPC 3 x EI 0.75 + CB 0.75 is exactly 3, so HIGH")
        void exactlyThreeIsHigh() {
            EnisaSeverity severity = score(EnisaInput.of(3, Quarters.ofQuarters(3), HALF, QUARTER, ZERO, false));
            assertThat(severity.score()).isEqualTo(Quarters.ofWhole(3));
            assertThat(severity.band()).isEqualTo(EnisaBand.HIGH);
        }

        @Test
        @DisplayName("ENISA s.3.2: DPC 3 x EI 1 + CB 1 is exactly 4, so VERY_HIGH")
        void exactlyFourIsVeryHigh() {
            EnisaSeverity severity = score(EnisaInput.of(3, FULL, HALF, ZERO, ZERO, true));
            assertThat(severity.score()).isEqualTo(Quarters.ofWhole(4));
            assertThat(severity.band()).isEqualTo(EnisaBand.VERY_HIGH);
        }

        @Test
        @DisplayName("ENISA s.3.2: the range is 0.25 (1 x 0.25 + 0) to 6 (4 x 1 + 2)")
        void range() {
            assertThat(score(EnisaInput.of(1, QUARTER, ZERO, ZERO, ZERO, false)).score()).isEqualTo(QUARTER);
            assertThat(score(EnisaInput.of(4, FULL, HALF, HALF, HALF, true)).score()).isEqualTo(Quarters.ofWhole(6));
        }

        @Test
        @DisplayName("ENISA s.5: an authority may move the thresholds; the bands follow")
        void configurableBands() {
            EnisaMethod stricter = EnisaMethod.withBands(Quarters.parse("1.5", "m"), Quarters.parse("2.5", "h"),
                    Quarters.parse("3.5", "v"));
            assertThat(stricter.bandOf(Quarters.parse("1.5", "s"))).isEqualTo(EnisaBand.MEDIUM);
            assertThat(stricter.bandOf(Quarters.parse("3.5", "s"))).isEqualTo(EnisaBand.VERY_HIGH);
        }
    }

    @Nested
    @DisplayName("Flags, ENISA s.3.3: they never change the score")
    class Flags {
        @Test
        @DisplayName("ENISA s.3.3: more than 100 individuals raises a flag; exactly 100 does not")
        void moreThanHundred() {
            EnisaInput input = EnisaInput.of(2, FULL, QUARTER, ZERO, ZERO, false);
            EnisaSeverity hundred = ENISA.score(input, 100, Protection.NONE);
            EnisaSeverity hundredAndOne = ENISA.score(input, 101, Protection.NONE);
            assertThat(hundred.flags()).isEmpty();
            assertThat(hundredAndOne.flags()).containsExactly(EnisaFlag.MORE_THAN_100_INDIVIDUALS);
            assertThat(hundredAndOne.score()).isEqualTo(hundred.score());
        }

        @Test
        @DisplayName("ENISA s.3.3: strong encryption with no key compromise raises 'data unintelligible'")
        void unintelligible() {
            EnisaSeverity severity = ENISA.score(EnisaInput.of(2, FULL, ZERO, ZERO, ZERO, false), null,
                    Protection.ENCRYPTED_KEY_SAFE);
            assertThat(severity.flags()).containsExactly(EnisaFlag.DATA_UNINTELLIGIBLE);
        }
    }

    @Test
    @DisplayName("Every component is explained with ENISA's provision, in the order computed")
    void explainsEachComponent() {
        EnisaSeverity severity = score(EnisaInput.of(3, Quarters.ofQuarters(3), QUARTER, ZERO, ZERO, false));
        assertThat(severity.explanation().steps()).extracting(s -> s.text().substring(0, 5))
                .containsExactly("Data ", "Ease ", "Circu", "SE = ", "SE 2.", "No fl");
        assertThat(severity.explanation().toString()).contains("SE = DPC x EI + CB = 3 x 0.75 + 0.25 = 2.5")
                .contains("is MEDIUM (2 <= SE < 3)").contains("Annex 3");
    }
}
